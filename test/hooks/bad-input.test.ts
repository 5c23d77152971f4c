import {closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync} from 'node:fs';
import {join} from 'node:path';
import {execa} from 'execa';
import {afterAll, describe, expect, it} from 'vitest';
import {payloadText} from '../helpers/fixtures.ts';
import {COMMAND_HOOKS, installHook, runHook} from '../helpers/installed-hooks.ts';
import {readLog, tempProject} from '../helpers/temp-project.ts';

const EARLIER = '[2026-01-01 00:00:00Z] [shell] [aaaaaaaa] logged earlier\n';

const BAD_INPUTS: Array<[string, string | Buffer]> = [
	['empty stdin', ''],
	['invalid JSON', '{"hook_event_name": "PreToolUse", '],
	['a JSON array', '[1,2,3]'],
	['a JSON string', '"PreToolUse"'],
	['null', 'null'],
	['wrong types', '{"hook_event_name":["PreToolUse"],"session_id":{"a":1},"tool_name":7,"tool_input":{"command":false}}'],
	['an unknown tool', '{"hook_event_name":"PreToolUse","session_id":"s","tool_name":"Unknown","tool_input":{"command":"ls"}}'],
	['an unknown event', '{"hook_event_name":"Nonsense","session_id":"s"}'],
	['binary garbage', Buffer.from([0xFF, 0xFE, 0x00, 0x1B, 0x5B, 0x32, 0x4A, 0xC3])],
	['deep nesting', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
];

describe.each(COMMAND_HOOKS)('$agent hook never disturbs the agent', hook => {
	const projects: string[] = [];
	afterAll(() => {
		for (const project of projects) {
			rmSync(project, {recursive: true, force: true});
		}
	});

	function projectWithEarlierLog() {
		const root = tempProject();
		projects.push(root);
		mkdirSync(join(root, '.coograph'), {mode: 0o700});
		writeFileSync(join(root, '.coograph', 'session.log'), EARLIER);
		return {root, file: installHook(root, hook)};
	}

	it.each(BAD_INPUTS)('%s: exit 0, empty stdout, at most one stderr line, nothing altered', async (_, input) => {
		const {root, file} = projectWithEarlierLog();
		const result = await runHook(file, input);

		expect(result.exitCode).toBe(0);
		expect(result.stdout).toBe('');
		expect(result.stderr.split('\n').filter(Boolean).length).toBeLessThanOrEqual(1);
		expect(readLog(root, 'session.log')).toBe(EARLIER);
	});

	it('a 10 MiB payload: exit 0, logged whole on one line', async () => {
		const {root, file} = projectWithEarlierLog();
		const command = `echo ${'x'.repeat(10 * 1024 * 1024)}`;
		const payload = JSON.parse(payloadText(hook.payload)) as {tool_input: {command: string}};
		payload.tool_input.command = command;
		const result = await runHook(file, JSON.stringify(payload));

		expect(result).toMatchObject({exitCode: 0, stdout: '', stderr: ''});
		const lines = readLog(root, 'session.log').split('\n');
		expect(lines).toHaveLength(3);
		expect(lines[1]!.endsWith(command)).toBe(true);
	});

	it('an unwritable log folder: exit 0, empty stdout, one line on stderr', async () => {
		const root = tempProject();
		projects.push(root);
		const file = installHook(root, hook);
		writeFileSync(join(root, '.coograph'), 'a file where the folder should be');
		const result = await runHook(file, payloadText(hook.payload));

		expect(result.exitCode).toBe(0);
		expect(result.stdout).toBe('');
		expect(result.stderr).toMatch(/^coograph: event not logged: .+\n$/);
		expect(readFileSync(join(root, '.coograph'), 'utf8')).toBe('a file where the folder should be');
	});

	it('a full disk: exit 0, one line on stderr, and what was logged earlier is still there', async () => {
		const root = tempProject();
		projects.push(root);
		const disk = join(root, 'disk');
		mkdirSync(disk);
		await execa('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', disk]);
		try {
			const project = join(disk, 'project');
			mkdirSync(join(project, '.coograph'), {recursive: true, mode: 0o700});
			writeFileSync(join(project, '.coograph', 'session.log'), EARLIER);
			const hookFile = installHook(project, hook);
			fillDisk(join(disk, 'filler'));

			const result = await runHook(hookFile, payloadText(hook.payload));

			expect(result.exitCode).toBe(0);
			expect(result.stdout).toBe('');
			expect(result.stderr).toMatch(/^coograph: event not logged: .*(ENOSPC|disk full).*\n$/);
			expect(readLog(project, 'session.log').startsWith(EARLIER)).toBe(true);
		} finally {
			await execa('umount', [disk]);
		}
	});
});

function fillDisk(file: string): void {
	const chunk = Buffer.alloc(4096, 'x');
	const descriptor = openSync(file, 'w');
	try {
		for (;;) {
			writeSync(descriptor, chunk);
		}
	} catch {} finally {
		closeSync(descriptor);
	}
}
