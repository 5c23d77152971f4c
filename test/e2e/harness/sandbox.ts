// A throw-away world for one agent run: its own HOME and TMPDIR, and a project (a git repository, as most are)
// with a subdirectory for the agent to cd into.

import {mkdir, mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {execa} from 'execa';
import {agentPath} from './paths.ts';

export type Sandbox = {
	root: string;
	home: string;
	tmp: string;
	project: string;
	/** PATH, HOME and TMPDIR: what every agent's environment starts from. */
	baseEnv: Record<string, string>;
};

export const SUBDIRECTORY = 'sub';

export async function createSandbox(name: string): Promise<Sandbox> {
	const root = await mkdtemp(join(tmpdir(), `coograph-e2e-${name}-`));
	const sandbox = {
		root,
		home: join(root, 'home'),
		tmp: join(root, 'tmp'),
		project: join(root, 'project'),
	};
	await Promise.all([sandbox.home, sandbox.tmp, join(sandbox.project, SUBDIRECTORY)].map(async dir => mkdir(dir, {recursive: true})));
	await execa('git', ['init', '--quiet', sandbox.project]);
	return {...sandbox, baseEnv: {PATH: agentPath, HOME: sandbox.home, TMPDIR: sandbox.tmp}};
}

export async function removeSandbox(sandbox: Sandbox): Promise<void> {
	await rm(sandbox.root, {recursive: true, force: true});
}
