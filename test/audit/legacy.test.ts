// The Python hooks wrote local time: the tests run in a zone with an offset and summer time.
process.env.TZ = 'Europe/Paris';

import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import type {WrittenCommand} from '../../scripts/log-generator/write-logs.ts';
import {generatedProject, isoTime} from './helpers/generated-logs.ts';
import {audit, jsonLines} from './helpers/run-audit.ts';

type JsonLine = {time: string; agent: string; short_id: string; session_id: string | null; command: string};

// `2026-05-17 11:42:18`, the local form a person types.
function localTime(time: number): string {
	const date = new Date(time);
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

function summary(lines: JsonLine[]) {
	return lines.map(line => [line.time, line.agent, line.short_id, line.command]);
}

function summaryOf(commands: WrittenCommand[]) {
	return commands.map(command => [isoTime(command.time), command.agent, command.shortId, command.command]);
}

describe('logs of the Python hooks', () => {
	let root: string;
	let commands: WrittenCommand[];
	beforeAll(() => {
		// Across the switch to summer time (29 March 2026 in Paris).
		({root, commands} = generatedProject({format: 'python', sessionLog: '.claude/session.log', commands: 6000, days: 20, start: new Date('2026-03-20T00:00:00Z')}));
	});

	it('reads .claude/session.log: local time, short ids that begin the session id', async () => {
		const from = commands[1000]!.time;
		const to = commands[4000]!.time;
		const result = await audit('window', localTime(from), localTime(to), '--dir', root, '--json');
		expect(summary(jsonLines<JsonLine>(result))).toEqual(summaryOf(commands.filter(command => command.time >= from && command.time <= to)));
		expect(commands[0]!.sessionId!.startsWith(commands[0]!.shortId)).toBe(true);
	});

	it('finds a session by its full id and names it from its <session id>.log file', async () => {
		const {sessionId, shortId} = commands[2000]!;
		const result = await audit('session', sessionId!, '--dir', root, '--json');
		const lines = jsonLines<JsonLine>(result);
		expect(lines.map(line => line.command)).toEqual(commands.filter(command => command.sessionId === sessionId).map(command => command.command));
		expect(new Set(lines.map(line => `${line.short_id} ${line.session_id}`))).toEqual(new Set([`${shortId} ${sessionId}`]));
	});

	it('gives full session ids in xref from the files\' names', async () => {
		const rows = jsonLines<{short_id: string; session_id: string}>(await audit('xref', 'git push', '--dir', root, '--json'));
		expect(rows.length).toBeGreaterThan(0);
		for (const row of rows) {
			expect(row.session_id.startsWith(row.short_id)).toBe(true);
		}
	});

	it('shows UTC by default and local time with --local', async () => {
		const {time} = commands[3000]!;
		const utc = await audit('window', localTime(time), localTime(time), '--dir', root);
		const local = await audit('window', localTime(time), localTime(time), '--dir', root, '--local');
		expect(utc.stdout.split('\n')[0]).toMatch(new RegExp(`^\\[${isoTime(time).replace('T', ' ')}\\] `));
		expect(local.stdout.split('\n')[0]).toMatch(new RegExp(`^\\[${localTime(time)}\\+0[12]:00\\] `));
	});
});

describe('a project that moved from the Python hooks to these', () => {
	let root: string;
	let commands: WrittenCommand[];
	beforeAll(() => {
		root = mkdtempSync(join(tmpdir(), 'coograph-audit-'));
		const old = generatedProject({format: 'python', sessionLog: '.claude/session.log', commands: 3000, days: 10, start: new Date('2026-01-01T00:00:00Z'), seed: 1}, root);
		const older = generatedProject({format: 'python', sessionLog: '.coograph/session.log', commands: 2000, days: 5, start: new Date('2026-01-11T00:00:00Z'), seed: 2}, root);
		const current = generatedProject({commands: 3000, days: 10, start: new Date('2026-01-16T00:00:00Z'), seed: 3}, root);
		commands = [...old.commands, ...older.commands, ...current.commands];
	});

	it('reads both session logs, old lines and new ones, as one time order', async () => {
		const result = await audit('window', isoTime(commands[1500]!.time), isoTime(commands[6500]!.time), '--dir', root, '--json');
		const expected = commands.filter(command => command.time >= commands[1500]!.time && command.time <= commands[6500]!.time);
		expect(summary(jsonLines<JsonLine>(result))).toEqual(summaryOf(expected));
	});

	it('lists the sessions of both', async () => {
		const rows = jsonLines<{short_id: string; commands: number}>(await audit('sessions', '--dir', root, '--json'));
		expect(rows.reduce((sum, row) => sum + row.commands, 0)).toBe(commands.length);
	});
});
