import {mkdirSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {generatedProject, type GeneratedProject} from './helpers/generated-logs.ts';
import {audit} from './helpers/run-audit.ts';

let project: GeneratedProject;
const startFolder = process.cwd();

beforeAll(() => {
	project = generatedProject({commands: 2000, days: 3});
});

afterEach(() => {
	process.chdir(startFolder);
});

describe('coograph audit', () => {
	it('prints its usage with --help, for itself or a query, and exits 0', async () => {
		for (const argv of [['--help'], ['-h'], ['grep', '--help']]) {
			const result = await audit(...argv);
			expect(result.code).toBe(0);
			expect(result.stdout).toMatch(/^Usage: coograph audit <query> \[options\]\n[\s\S]*--local.*\n[\s\S]*local time/);
		}
	});

	it.each([
		[[], 'which query?'],
		[['frobnicate'], 'unknown query "frobnicate"'],
		[['window', 'yesterday', 'now'], '<from>: cannot read "yesterday" as a time'],
		[['window', 'now', '1h ago'], 'window: <from> is after <to>'],
		[['window', 'now'], 'window takes <from> <to>'],
		[['grep'], 'grep takes <regex>'],
		[['sessions', 'extra'], 'sessions takes no arguments'],
		[['grep', 'x', '--agent', 'claude'], 'unknown agent "claude" (one of claude-code, codex-cli, opencode, gemini-cli, qwen-code, copilot-cli, cursor, shell)'],
		[['xref', 'x', '--count'], 'xref: Unknown option \'--count\'. To specify a positional argument starting with a \'-\', place it at the end of the command after \'--\', as in \'-- "--count"'],
		[['session', ''], '<id> is empty'],
	])('on bad usage %j exits 2 with one line of reason and the usage', async (argv, reason) => {
		const result = await audit(...argv, '--dir', project.root);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toMatch(/^coograph audit: .*\n\nUsage: coograph audit/);
		expect(result.stderr.split('\n')[0]).toBe(`coograph audit: ${reason}`);
	});

	it('finds .coograph/ in the nearest folder up from here', async () => {
		const inner = join(project.root, 'src', 'deep');
		mkdirSync(inner, {recursive: true});
		process.chdir(inner);
		const result = await audit('grep', '-c', 'git status');
		expect(result.code).toBe(0);
		expect(Number(result.stdout)).toBe(project.commands.filter(command => command.command.includes('git status')).length);
	});

	it('exits 2 when there are no logs', async () => {
		const empty = mkdtempSync(join(tmpdir(), 'coograph-empty-'));
		expect(await audit('sessions', '--dir', empty)).toEqual({code: 2, stdout: '', stderr: `coograph audit: no .coograph/ folder in ${empty}\n`});
	});

	it('takes a regex that starts with "-" after "--"', async () => {
		const result = await audit('grep', '--dir', project.root, '-c', '--', '-la');
		expect(Number(result.stdout)).toBe(project.commands.filter(command => command.command.includes('-la')).length);
	});
});
