// Before the end-to-end suite: namespaces must work and the pinned agents be installed (`npm test` builds dist/
// first). Any failure here fails the run: the suite never skips.

import {execa} from 'execa';
import {bundleNetnsRunner} from './harness/bundle-netns-runner.ts';
import {runIsolated} from './harness/isolated.ts';
import {agentPath, repoRoot} from './harness/paths.ts';

export default async function setup(): Promise<void> {
	const namespaces = await runIsolated('ip', ['link', 'set', 'lo', 'up'], {env: {PATH: agentPath}});
	if (namespaces.exitCode !== 0) {
		throw new Error(`the end-to-end suite runs agents offline in a network namespace, which needs root, unshare(1) and ip(8): ${namespaces.stderr || namespaces.message}`);
	}

	await execa(process.execPath, ['scripts/install-agents.mjs'], {cwd: repoRoot, stdio: 'inherit'});
	await bundleNetnsRunner();
}
