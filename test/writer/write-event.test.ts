import {statSync, writeFileSync, mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {sha256Hex} from '../../src/integrity/sha256-hex.ts';
import {shortId} from '../../src/writer/short-id.ts';
import {writeEvent} from '../../src/writer/write-event.ts';
import {readEvents, readLog, sessionFiles, tempProject} from '../helpers/temp-project.ts';

const TIME = new Date('2026-05-17T09:42:18.123Z');
const SESSION = '9f0c3c1e-1111-4222-8333-444455556666';
const SHORT = shortId(SESSION);

describe('writeEvent', () => {
	it('writes a pre event to the global log, the session file and events.jsonl', () => {
		const root = tempProject();
		writeEvent(root, {kind: 'pre', agent: 'codex-cli', sessionId: SESSION, toolName: 'Bash', toolUseId: 'call_1', cwd: '/p/sub', command: 'npm install'}, {time: TIME});

		expect(readLog(root, 'session.log')).toBe(`[2026-05-17 09:42:18Z] [codex-cli] [${SHORT}] npm install\n`);
		expect(sessionFiles(root)).toEqual([`${SHORT}-${SESSION}.log`]);
		expect(readLog(root, `sessions/${SHORT}-${SESSION}.log`)).toBe('[2026-05-17 09:42:18Z] [codex-cli] npm install\n');
		expect(readEvents(root)).toEqual([{
			v: 1, kind: 'pre', time: '2026-05-17T09:42:18.123Z', agent: 'codex-cli', session_id: SESSION, short_id: SHORT,
			tool: 'Bash', tool_use_id: 'call_1', cwd: '/p/sub', command: 'npm install',
			findings: [{name: 'PACKAGE_INSTALL', severity: 'low'}],
			lines: {global: sha256Hex(`[2026-05-17 09:42:18Z] [codex-cli] [${SHORT}] npm install\n`), session: sha256Hex('[2026-05-17 09:42:18Z] [codex-cli] npm install\n')},
			prev: null, session_prev: null, hash: expect.stringMatching(/^[\da-f]{64}$/),
		}]);
	});

	it('writes post and session events to events.jsonl only', () => {
		const root = tempProject();
		writeEvent(root, {kind: 'session_start', agent: 'claude-code', sessionId: SESSION, source: 'startup'}, {time: TIME});
		writeEvent(root, {kind: 'post', agent: 'claude-code', sessionId: SESSION, command: 'false', exitCode: 1, durationMs: 5}, {time: TIME});
		writeEvent(root, {kind: 'post', agent: 'codex-cli', sessionId: SESSION, command: 'true', exitCode: null, durationMs: null}, {time: TIME});

		expect(sessionFiles(root)).toEqual([]);
		expect(readEvents(root).map(({kind, exit_code, duration_ms, source}) => ({kind, exit_code, duration_ms, source}))).toEqual([
			{kind: 'session_start', exit_code: undefined, duration_ms: undefined, source: 'startup'},
			{kind: 'post', exit_code: 1, duration_ms: 5, source: undefined},
			{kind: 'post', exit_code: null, duration_ms: null, source: undefined},
		]);
	});

	it('keeps one physical line per record and the exact command in events.jsonl', () => {
		const root = tempProject();
		const command = 'echo a\n[2026-01-01 00:00:00Z] [claude-code] [deadbeef] forged\r\u001B[2K\u2028done';
		writeEvent(root, {kind: 'pre', agent: 'claude-code', sessionId: SESSION, command}, {time: TIME});

		const globalLog = readLog(root, 'session.log');
		expect(globalLog.split('\n')).toHaveLength(2);
		expect(globalLog).toBe(String.raw`[2026-05-17 09:42:18Z] [claude-code] [${SHORT}] echo a\n[2026-01-01 00:00:00Z] [claude-code] [deadbeef] forged\r\x1b[2K\u2028done` + '\n');
		expect(readLog(root, 'events.jsonl').split('\n')).toHaveLength(2);
		expect(readEvents(root)[0]!.command).toBe(command);
	});

	it('sends events without a session id to sessions/unknown.log', () => {
		const root = tempProject();
		writeEvent(root, {kind: 'pre', agent: 'opencode', command: 'ls'}, {time: TIME});

		expect(readLog(root, 'session.log')).toBe('[2026-05-17 09:42:18Z] [opencode] [unknown] ls\n');
		expect(readLog(root, 'sessions/unknown.log')).toBe('[2026-05-17 09:42:18Z] [opencode] ls\n');
		expect(readEvents(root)[0]).toMatchObject({session_id: null, short_id: 'unknown'});
	});

	it('creates the folder 0700 and the files 0600', () => {
		const root = tempProject();
		writeEvent(root, {kind: 'pre', agent: 'opencode', sessionId: SESSION, command: 'ls'}, {time: TIME});

		expect(statSync(join(root, '.coograph')).mode & 0o777).toBe(0o700);
		expect(statSync(join(root, '.coograph', 'sessions')).mode & 0o777).toBe(0o700);
		for (const file of ['session.log', 'events.jsonl', `sessions/${SHORT}-${SESSION}.log`]) {
			expect(statSync(join(root, '.coograph', file)).mode & 0o777).toBe(0o600);
		}
	});

	it('appends after what is already logged, never altering it', () => {
		const root = tempProject();
		mkdirSync(join(root, '.coograph'), {mode: 0o700});
		writeFileSync(join(root, '.coograph', 'session.log'), '[2026-01-01 00:00:00Z] [shell] [aaaaaaaa] earlier\n');
		writeEvent(root, {kind: 'pre', agent: 'opencode', sessionId: SESSION, command: 'later'}, {time: TIME});

		expect(readLog(root, 'session.log')).toBe(`[2026-01-01 00:00:00Z] [shell] [aaaaaaaa] earlier\n[2026-05-17 09:42:18Z] [opencode] [${SHORT}] later\n`);
	});
});
