import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import type {WrittenCommand} from '../../scripts/log-generator/write-logs.ts';
import {generatedProject, isoTime, type GeneratedProject} from './helpers/generated-logs.ts';
import {audit, jsonLines} from './helpers/run-audit.ts';
import {quote, shell} from './helpers/unix.ts';

type JsonLine = {time: string; short_id: string; command: string};
type XrefRow = {count: number; short_id: string; agent: string; first: string; last: string; session_id: string | null};

let project: GeneratedProject;
let log: string;

beforeAll(() => {
	project = generatedProject({commands: 30_000, days: 20, outOfOrderRate: 0.005});
	log = join(project.root, '.coograph', 'session.log');
});

function matching(pattern: string, flags = '', keep: (command: WrittenCommand) => boolean = () => true): WrittenCommand[] {
	const regex = new RegExp(pattern, flags);
	return project.commands.filter(command => regex.test(command.command) && keep(command));
}

async function grepJson(...argv: string[]) {
	const result = await audit('grep', ...argv, '--dir', project.root, '--json');
	return jsonLines<JsonLine>(result).map(line => [line.time, line.short_id, line.command]);
}

function expected(commands: WrittenCommand[]) {
	return commands.map(command => [isoTime(command.time), command.shortId, command.command]);
}

describe('audit grep', () => {
	// Literal-led, whole-chunk, anchored, lookbehind, non-ASCII and match-everything patterns take different paths.
	it.each([
		'install\\.sh',
		'AWS_SECRET_ACCESS_KEY=[A-Za-z0-9]{40}',
		'git (push|checkout)',
		'push|checkout',
		'^git',
		'npm (test|run build)$',
		'\\bls\\b',
		'[0-9]{3,}',
		'EOF\\\\nEOF|\\\\n',
		'(?<=-m ")fix',
		'é|デプロイ|🐛',
		'\\\\x1b\\[31m',
		'x*',
	])('matches %s against the commands only', async pattern => {
		const lines = await grepJson(pattern);
		expect(lines).toEqual(expected(matching(pattern)));
		expect(lines.length).toBeGreaterThan(0);
	});

	it('never matches the time, the agent or the short id', async () => {
		const {shortId} = project.commands[0]!;
		for (const pattern of ['^\\[2026-', 'Z\\] \\[', 'claude-code', shortId, '\\] \\[codex-cli\\]']) {
			expect(await audit('grep', pattern, '--dir', project.root)).toEqual({code: 1, stdout: '', stderr: ''});
		}
	});

	it('ignores case with -i', async () => {
		expect(await grepJson('-i', 'CURL .*AUTHORIZATION')).toEqual(expected(matching('CURL .*AUTHORIZATION', 'i')));
		expect(matching('CURL .*AUTHORIZATION', 'i').length).toBeGreaterThan(0);
	});

	it('narrows to an agent, a session and a time range', async () => {
		const session = project.commands[4000]!;
		const since = project.commands[2000]!.time;
		const until = project.commands[22_000]!.time;
		expect(await grepJson('git', '--agent', 'codex-cli')).toEqual(expected(matching('git', '', command => command.agent === 'codex-cli')));
		expect(await grepJson('.', '--session', session.shortId.slice(0, 6))).toEqual(expected(matching('.', '', command => command.shortId.startsWith(session.shortId.slice(0, 6)))));
		expect(await grepJson('.', '--session', session.sessionId!)).toEqual(expected(matching('.', '', command => command.sessionId === session.sessionId)));
		expect(await grepJson('npm', '--since', isoTime(since), '--until', isoTime(until))).toEqual(expected(matching('npm', '', command => command.time >= since && command.time <= until)));
	});

	it('prints the lines as the log has them, as grep -E does when the pattern cannot match the prefix', async () => {
		for (const pattern of ['install\\.sh', 'git (push|checkout)', 'rm -rf']) {
			const result = await audit('grep', pattern, '--dir', project.root);
			expect(result.stdout).toBe(shell(`grep -E ${quote(pattern)} ${quote(log)}`));
		}
	});

	it('counts with --count, and exits 1 on no match as grep does', async () => {
		expect(await audit('grep', '--count', 'docker compose', '--dir', project.root)).toEqual({code: 0, stdout: `${matching('docker compose').length}\n`, stderr: ''});
		expect(await audit('grep', '-c', 'no such command anywhere', '--dir', project.root)).toEqual({code: 1, stdout: '0\n', stderr: ''});
		expect(await audit('grep', 'no such command anywhere', '--dir', project.root)).toEqual({code: 1, stdout: '', stderr: ''});
	});

	it('rejects a pattern that is not a regular expression', async () => {
		const result = await audit('grep', 'a(b', '--dir', project.root);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/^coograph audit: invalid regular expression: .*\n\nUsage: coograph audit/);
	});
});

describe('audit xref', () => {
	function expectedRows(pattern: string): XrefRow[] {
		const rows = new Map<string, XrefRow>();
		for (const command of matching(pattern)) {
			const row = rows.get(command.shortId);
			if (row === undefined) {
				rows.set(command.shortId, {count: 1, short_id: command.shortId, agent: command.agent, first: isoTime(command.time), last: isoTime(command.time), session_id: command.sessionId});
			} else {
				row.count++;
				row.first = row.first < isoTime(command.time) ? row.first : isoTime(command.time);
				row.last = row.last > isoTime(command.time) ? row.last : isoTime(command.time);
			}
		}

		return [...rows.values()].sort((a, b) => b.count - a.count || a.first.localeCompare(b.first));
	}

	it.each(['AWS_SECRET|OPENAI_API_KEY|ghp_', 'git push', 'curl .*\\| *(sudo )?(ba)?sh'])('lists the sessions that ran %s, most matches first', async pattern => {
		const result = await audit('xref', pattern, '--dir', project.root, '--json');
		expect(result.code).toBe(0);
		expect(jsonLines<XrefRow>(result)).toEqual(expectedRows(pattern));
	});

	it('counts as the grep | grep -o | sort | uniq -c pipeline does', async () => {
		const pattern = 'git push';
		const pipeline = shell(`grep -E ${quote(pattern)} ${quote(log)} | grep -oE '\\[[a-f0-9]{8}\\]' | sort | uniq -c | sort -rn`);
		const counts = new Map(pipeline.trim().split('\n').map(line => {
			const [count, short] = line.trim().split(/\s+/);
			return [short!.slice(1, -1), Number(count)];
		}));
		const result = jsonLines<XrefRow>(await audit('xref', pattern, '--dir', project.root, '--json'));
		expect(new Map(result.map(row => [row.short_id, row.count]))).toEqual(counts);
	});

	it('shows a table with the full session id', async () => {
		const result = await audit('xref', 'install\\.sh', '--dir', project.root);
		const [heading, first] = result.stdout.split('\n');
		const [top] = expectedRows('install\\.sh');
		expect(heading).toMatch(/^COUNT +SHORT ID +AGENT +FIRST MATCH +LAST MATCH +SESSION ID$/);
		expect(first!.trim().split(/ {2,}/)).toEqual([String(top!.count), top!.short_id, top!.agent, top!.first.replace('T', ' '), top!.last.replace('T', ' '), top!.session_id]);
	});
});
