// The runner executes under plain node inside the namespace, so it is bundled from its TypeScript first.

import {build} from 'esbuild';
import {join} from 'node:path';
import {netnsRunner, repoRoot} from './paths.ts';

export async function bundleNetnsRunner(): Promise<void> {
	await build({
		entryPoints: [join(repoRoot, 'test/e2e/netns/runner.ts')],
		outfile: netnsRunner,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		// execa's CommonJS dependencies call require() on Node built-ins.
		banner: {js: 'import {createRequire} from "node:module"; const require = createRequire(import.meta.url);'},
		logLevel: 'warning',
	});
}
