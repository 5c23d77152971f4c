import {mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {coograph, isolatedEnvironment, tempFolder} from './run-installer.ts';

describe('coograph shell-env', () => {
	it('prints the line that points BASH_ENV at the project\'s script', async () => {
		const project = tempFolder();
		const environment = isolatedEnvironment();
		const init = await coograph('init', [project, '--agent', 'shell'], environment);

		const run = await coograph('shell-env', [project], environment);

		expect(init.out).toEqual([
			'installed shell: .coograph-shell/hooks/coograph-shell.cjs, .coograph-shell/bash-env.sh',
			'added .coograph/ to .gitignore',
			`still to do for shell: start the agent from a shell where you ran: eval "$(coograph shell-env ${project})"`,
		]);
		expect(run).toEqual({code: 0, err: [], out: [`export BASH_ENV=${project}/.coograph-shell/bash-env.sh`]});
	});

	it('quotes a path the shell would split', async () => {
		const project = join(tempFolder(), 'it\'s a project');
		mkdirSync(project);
		const environment = isolatedEnvironment();
		await coograph('init', [project, '--agent', 'shell'], environment);

		const run = await coograph('shell-env', [project], environment);

		expect(run.out).toEqual([`export BASH_ENV='${project.replace('\'', '\'\\\'\'')}/.coograph-shell/bash-env.sh'`]);
	});

	it('points at the user\'s script with --user', async () => {
		const environment = isolatedEnvironment();
		await coograph('init', ['--user', '--agent', 'shell'], environment);

		const run = await coograph('shell-env', ['--user'], environment);

		expect(run.out).toEqual([`export BASH_ENV=${environment.HOME}/.config/coograph/shell/bash-env.sh`]);
	});

	it('fails, printing nothing on stdout, where the shell fallback is not installed', async () => {
		const project = tempFolder();

		const run = await coograph('shell-env', [project], isolatedEnvironment());

		expect(run).toEqual({code: 1, out: [], err: [`coograph shell-env: the shell fallback is not installed (run coograph init --agent shell ${project})`]});
	});

	it('refuses --agent', async () => {
		const run = await coograph('shell-env', ['--agent', 'codex-cli'], isolatedEnvironment());

		expect(run).toEqual({code: 2, out: [], err: ['coograph shell-env: shell-env is for the shell fallback only: leave out --agent']});
	});
});
