import {chmodSync, mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {coograph, isolatedEnvironment, tempFolder, treeDigest} from './run-installer.ts';

/** A PATH holding only these commands (executable unless named with a trailing "-"), nothing of the machine's own. */
function pathWith(...commands: string[]): string {
	const bin = tempFolder('coograph-bin-');
	for (const command of commands) {
		const name = command.replace(/-$/, '');
		writeFileSync(join(bin, name), '#!/bin/sh\n');
		chmodSync(join(bin, name), command.endsWith('-') ? 0o644 : 0o755);
	}

	return bin;
}

const installed = (run: {out: string[]}) => run.out.filter(line => line.startsWith('installed ')).map(line => line.split(':')[0]);

describe('coograph init without --agent', () => {
	it('installs for the agents whose folder is in the project or the home folder, or whose command is on PATH', async () => {
		const project = tempFolder();
		const environment = isolatedEnvironment({PATH: pathWith('copilot', 'cursor-', 'git')});
		mkdirSync(join(project, '.gemini'));
		mkdirSync(join(environment.HOME!, '.qwen'));

		const run = await coograph('init', [project], environment);

		expect(run.code).toBe(0);
		expect(run.out[0]).toBe('found gemini-cli (.gemini), qwen-code (~/.qwen), copilot-cli (copilot on PATH)');
		expect(installed(run)).toEqual(['installed gemini-cli', 'installed qwen-code', 'installed copilot-cli']);
	});

	it('takes a .github folder for Copilot CLI only when it holds hooks, and never installs the shell fallback on its own', async () => {
		const project = tempFolder();
		const environment = isolatedEnvironment({PATH: pathWith()});
		mkdirSync(join(project, '.github/workflows'), {recursive: true});
		mkdirSync(join(project, '.coograph-shell'));
		mkdirSync(join(project, '.cursor'));

		const found = await coograph('init', [project], environment);
		mkdirSync(join(project, '.github/hooks'));
		const withHooks = await coograph('init', [project], environment);

		expect(installed(found)).toEqual(['installed cursor']);
		expect(withHooks.out[0]).toBe('found copilot-cli (.github/hooks), cursor (.cursor)');
	});

	it('looks only at the user\'s folders and PATH with --user', async () => {
		const environment = isolatedEnvironment({PATH: pathWith('claude')});
		mkdirSync(join(environment.HOME!, '.config/opencode'), {recursive: true});

		const run = await coograph('init', ['--user'], environment);

		expect(run.out[0]).toBe('found claude-code (claude on PATH), opencode (~/.config/opencode)');
	});

	it('finds nothing in a bare project: exit code 2, nothing changed', async () => {
		const project = tempFolder();
		const environment = isolatedEnvironment({PATH: pathWith('node', 'cursor-')});

		const run = await coograph('init', [project], environment);

		expect(run).toEqual({code: 2, out: [], err: ['coograph init: found no agent in use (no agent folder here or in your home, no agent command on PATH): name them with --agent, or use --agent all']});
		expect(treeDigest(project)).toEqual({});
		expect(treeDigest(environment.HOME!)).toEqual({});
	});
});
