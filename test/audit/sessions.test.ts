import {beforeAll, describe, expect, it} from 'vitest';
import type {WrittenCommand} from '../../scripts/log-generator/write-logs.ts';
import {generatedProject, isoTime, logTime, type GeneratedProject} from './helpers/generated-logs.ts';
import {audit, jsonLines} from './helpers/run-audit.ts';

type SessionLine = {time: string; short_id: string; session_id: string | null; command: string; exit_code: number | null};
type SessionRow = {short_id: string; session_id: string | null; agent: string; start: string; end: string | null; duration_s: number | null; active: boolean; commands: number; failures: number | null};

let project: GeneratedProject;
let bySession: Map<string, WrittenCommand[]>;

beforeAll(() => {
	project = generatedProject({commands: 8000, days: 10});
	bySession = new Map();
	for (const command of project.commands) {
		bySession.set(command.shortId, [...bySession.get(command.shortId) ?? [], command]);
	}
});

function sessionOf(agent: string): WrittenCommand[] {
	return [...bySession.values()].filter(commands => commands[0]!.agent === agent && commands[0]!.sessionId !== null).sort((a, b) => b.length - a.length)[0]!;
}

// The shortest prefix of `text` that no other of `all` starts with.
function uniquePrefix(text: string, all: string[]): string {
	for (let length = 1; ; length++) {
		const prefix = text.slice(0, length);
		if (all.filter(other => other.startsWith(prefix)).length === 1) {
			return prefix;
		}
	}
}

describe('audit session', () => {
	it('lists a session\'s commands in order with their exit codes', async () => {
		const commands = sessionOf('claude-code');
		const result = await audit('session', commands[0]!.shortId, '--dir', project.root, '--json');
		expect(result.code).toBe(0);
		expect(jsonLines<SessionLine>(result).map(line => [line.time, line.command, line.exit_code])).toEqual(commands.map(command => [isoTime(command.time), command.command, command.exitCode]));
		expect(commands.some(command => command.exitCode !== 0)).toBe(true);
	});

	it('sums the session up in a header: agent, first and last time, commands, failures and risk', async () => {
		const commands = sessionOf('opencode');
		const failed = commands.filter(command => command.exitCode !== 0).length;
		const result = await audit('session', commands[0]!.shortId, '--dir', project.root);
		const times = commands.map(command => command.time);
		expect(result.stdout.split('\n').slice(0, 6)).toEqual([
			`session  ${commands[0]!.shortId}  ${commands[0]!.sessionId}`,
			'agent    opencode',
			`first    ${logTime(Math.min(...times))}`,
			`last     ${logTime(Math.max(...times))}`,
			`commands ${commands.length} (${failed} failed)`,
			'risk     findings not recorded',
		]);
		const rows = result.stdout.split('\n').slice(8, -1);
		expect(rows.map(row => row.split(/ {2,}/).map(cell => cell.trim()))).toEqual(commands.map(command => [logTime(command.time), String(command.exitCode), command.command]));
	});

	it('says when the agent records no exit codes (Codex)', async () => {
		const commands = sessionOf('codex-cli');
		const result = await audit('session', commands[0]!.shortId, '--dir', project.root);
		expect(result.stdout).toContain(`commands ${commands.length} (exit codes not recorded)`);
		expect(jsonLines<SessionLine>(await audit('session', commands[0]!.shortId, '--dir', project.root, '--json')).every(line => line.exit_code === null)).toBe(true);
	});

	it('finds a session by its full id, or a unique prefix of its short or full id', async () => {
		const commands = sessionOf('claude-code');
		const {shortId, sessionId} = commands[0]!;
		const shortIds = [...bySession.keys()];
		const fullIds = [...bySession.values()].map(session => session[0]!.sessionId ?? 'unknown');
		for (const id of [sessionId!, uniquePrefix(shortId, shortIds), uniquePrefix(sessionId!, [...fullIds, ...shortIds])]) {
			const result = await audit('session', id, '--dir', project.root, '--json');
			expect(jsonLines<SessionLine>(result).map(line => line.command)).toEqual(commands.map(command => command.command));
		}
	});

	it('lists the candidates of an ambiguous prefix and exits 2', async () => {
		const shortIds = [...bySession.keys()];
		const prefix = shortIds[0]!.slice(0, 1);
		const result = await audit('session', prefix, '--dir', project.root);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		const candidates = result.stderr.split('\n').slice(1, -1).map(line => line.trim().split('  ')[0]);
		expect(candidates.sort()).toEqual(expect.arrayContaining(shortIds.filter(short => short.startsWith(prefix)).sort()));
	});

	it('exits 1 when no session matches', async () => {
		expect(await audit('session', 'zzzzzzzz', '--dir', project.root)).toEqual({code: 1, stdout: '', stderr: 'coograph audit: no session matches "zzzzzzzz"\n'});
	});
});

describe('audit sessions', () => {
	it('gives one row per session, newest first, with its commands and failures', async () => {
		const result = await audit('sessions', '--dir', project.root, '--json');
		const rows = jsonLines<SessionRow>(result);
		expect(new Set(rows.map(row => row.short_id))).toEqual(new Set(bySession.keys()));
		expect(rows.map(row => row.start)).toEqual(rows.map(row => row.start).sort().reverse());
		for (const row of rows) {
			const commands = bySession.get(row.short_id)!;
			const exitCodes = commands.map(command => command.exitCode);
			expect(row.commands).toBe(commands.length);
			expect(row.agent).toBe(commands[0]!.agent);
			expect(row.failures).toBe(exitCodes.includes(null) ? null : exitCodes.filter(code => code !== 0).length);
			expect(row.start <= isoTime(commands[0]!.time)).toBe(true);
			expect(row.active).toBe(false);
			expect(row.duration_s).toBeGreaterThanOrEqual(Math.floor((commands.at(-1)!.time - commands[0]!.time) / 1000));
		}
	});

	it('shows a table', async () => {
		const result = await audit('sessions', '--dir', project.root);
		const lines = result.stdout.split('\n');
		expect(lines[0]).toMatch(/^SHORT ID +AGENT +START +DURATION +COMMANDS +FAILURES +BLOCKED +C +H +M +L +RISK$/);
		expect(lines).toHaveLength(bySession.size + 2);
		// The generator's records predate findings: blocked is known (0), findings and risk are not.
		expect(lines[1]).toMatch(/^(?:[\da-f]{8}|unknown ) {2}\S+ +\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ +(\d+[dhms] \d\d[hms]|\d+s) +\d+ +(\d+|-) +0 +- +- +- +- +-$/);
	});
});
