// The shell fallback as an agent without hooks meets it: BASH_ENV in the environment of the bash it starts.

import {execa} from 'execa';
import {describe, expect, it} from 'vitest';
import {readEvents, readLog, tempProject} from '../helpers/temp-project.ts';
import {coograph, isolatedEnvironment} from '../installer/run-installer.ts';

const emptyHome = tempProject();

async function installedProject(): Promise<{project: string; bashEnv: string}> {
	const project = tempProject();
	await coograph('init', [project, '--agent', 'shell'], isolatedEnvironment());
	const {out} = await coograph('shell-env', [project], isolatedEnvironment());
	return {project, bashEnv: out[0]!.replace('export BASH_ENV=', '')};
}

/**
 * `bash -c script`, started by this process as an agent starts its shell, with or without the fallback. SHLVL is 1,
 * as for an agent started from a shell: a bash whose stdin is a socket, as Node's pipes are, and whose SHLVL is below
 * 2 takes itself for a remote shell and reads ~/.bashrc instead of BASH_ENV. HOME is an empty folder for that case.
 */
async function bash(script: string, options: {bashEnv?: string; cwd: string; input?: string}) {
	const {stdout, stderr, exitCode} = await execa('bash', ['-c', script], {
		cwd: options.cwd,
		input: options.input ?? '',
		reject: false,
		stripFinalNewline: false,
		extendEnv: false,
		env: {PATH: process.env.PATH!, HOME: emptyHome, SHLVL: '1', XDG_STATE_HOME: process.env.XDG_STATE_HOME!, ...(options.bashEnv === undefined ? {} : {BASH_ENV: options.bashEnv})},
	});
	return {stdout, stderr, exitCode};
}

const commands = (project: string) => readEvents(project).map(event => event.command);

describe('the shell fallback (BASH_ENV)', () => {
	it('logs both commands of bash -c \'echo a; echo b\', in order, under the agent\'s process', async () => {
		const {project, bashEnv} = await installedProject();

		const run = await bash('echo a; echo b', {bashEnv, cwd: project});

		expect(run).toEqual({stdout: 'a\nb\n', stderr: '', exitCode: 0});
		expect(readLog(project, 'session.log')).toMatch(/^\[[\d-]+ [\d:]+Z\] \[shell\] \[[\da-f]{8}\] echo a\n\[[\d-]+ [\d:]+Z\] \[shell\] \[[\da-f]{8}\] echo b\n$/);
		const events = readEvents(project);
		expect(events.map(({kind, agent, tool, cwd, command}) => ({kind, agent, tool, cwd, command}))).toEqual([
			{kind: 'pre', agent: 'shell', tool: 'bash', cwd: project, command: 'echo a'},
			{kind: 'pre', agent: 'shell', tool: 'bash', cwd: project, command: 'echo b'},
		]);
		// This test process is the agent: its pid and start time, under the boot's id.
		expect(events[0]!.session_id).toMatch(new RegExp(`^[\\da-f]{8}-${process.pid}-\\d+$`));
		expect(events[1]!.session_id).toBe(events[0]!.session_id);
	});

	it.each([
		['exit statuses, $? and PIPESTATUS', 'false; echo "status=$?"; true | false | true; echo "pipe=${PIPESTATUS[*]}"; exit 3'],
		['$_, the last argument of the previous command', 'echo one two >/dev/null; echo "last=$_"'],
		['set -x, which traces only the command\'s own lines', 'set -x; echo traced; x=1'],
		['set -e and set -u', 'set -eu; echo "${UNSET-default}"; false; echo not-reached'],
		['stdin, which the logging leaves to the command', 'read -r first; cat'],
		['functions traced with set -T, without the trap recursing', 'set -T; f() { echo "in f"; }; f; f'],
		['a trap of the command\'s own', 'trap "echo bye" EXIT; echo hello'],
	])('leaves the command\'s behaviour as it was: %s', async (_case, script) => {
		const {project, bashEnv} = await installedProject();
		const input = 'line one\nline two\n';

		const logged = await bash(script, {bashEnv, cwd: project, input});

		expect(logged).toEqual(await bash(script, {cwd: project, input}));
		expect(commands(project).length).toBeGreaterThan(0);
	});

	// BASH_COMMAND is bash's own rendering of the parsed command: the same text for these, though not for every
	// form ($'…' comes out in single quotes, ">x" as "> x", a raw \x01 doubled by bash's internal quoting).
	it('logs each command as bash has it: quotes, backslashes, control characters, several lines', async () => {
		const {project, bashEnv} = await installedProject();
		const tricky = 'echo "say \\"hi\\"" \'c:\\dir\' \'tab\there\' \'\u0002\u001B[0m\u001f\' \'ü → ✓\'';
		const multiLine = 'printf \'%s\\n\' "two\nlines"';

		const run = await bash(`${tricky}\n${multiLine}`, {bashEnv, cwd: project});

		expect(run.exitCode).toBe(0);
		expect(commands(project)).toEqual([tricky, multiLine]);
		expect(readLog(project, 'session.log')).toContain('printf \'%s\\n\' "two\\nlines"\n');
	});

	it('logs into the project wherever the command goes', async () => {
		const {project, bashEnv} = await installedProject();

		await bash('cd / && pwd', {bashEnv, cwd: project});

		expect(readEvents(project).map(({cwd, command}) => [cwd, command])).toEqual([[project, 'cd /'], ['/', 'pwd']]);
	});

	it('logs a nested shell as the command that started it, not line by line', async () => {
		const {project, bashEnv} = await installedProject();

		// Not the last command: bash would run that one in its own place (exec), as the agent's shell itself.
		const run = await bash('bash -c \'echo inner; echo again\'; echo outer', {bashEnv, cwd: project});

		expect(run.stdout).toBe('inner\nagain\nouter\n');
		expect(commands(project)).toEqual(['bash -c \'echo inner; echo again\'', 'echo outer']);
	});
});
