import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['test/**/*.test.ts'],
					exclude: ['**/node_modules/**', 'test/e2e/**'],
					setupFiles: ['test/helpers/isolated-state-home.ts'],
				},
			},
			{
				// The real agents, offline: installs them once (about 1.9 GB), then a few seconds per agent.
				test: {
					name: 'e2e',
					include: ['test/e2e/**/*.test.ts'],
					exclude: ['**/node_modules/**'],
					globalSetup: ['test/e2e/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 300_000,
				},
			},
		],
	},
});
