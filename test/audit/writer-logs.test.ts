import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {AgentEvent} from '../../src/event/agent-event.ts';
import {shortId} from '../../src/writer/short-id.ts';
import {writeEvent} from '../../src/writer/write-event.ts';
import {audit, jsonLines} from './helpers/run-audit.ts';

// What the hooks really write (sealed records, redaction, the chain lock), read back.
describe('logs written by the writer', () => {
	const session = '4af640c2-76af-45e4-ab5f-0b631fb36b5c';
	const write = (root: string, event: Omit<AgentEvent, 'agent' | 'sessionId'>, time: Date) => writeEvent(root, {agent: 'claude-code', sessionId: session, ...event}, {time});

	it('gives a session\'s commands with their exit codes, and the session as active while it runs', async () => {
		const root = mkdtempSync(join(tmpdir(), 'coograph-audit-'));
		const now = Date.now();
		write(root, {kind: 'session_start', source: 'startup'}, new Date(now - 600_000));
		write(root, {kind: 'pre', toolUseId: 'toolu_1', command: 'npm test'}, new Date(now - 500_000));
		write(root, {kind: 'post', toolUseId: 'toolu_1', command: 'npm test', exitCode: 1, durationMs: 900}, new Date(now - 499_000));
		write(root, {kind: 'pre', toolUseId: 'toolu_2', command: 'printf "a\\nb"\necho done'}, new Date(now - 400_000));
		write(root, {kind: 'post', toolUseId: 'toolu_2', command: 'printf "a\\nb"\necho done', exitCode: 0, durationMs: 3}, new Date(now - 399_000));

		const lines = jsonLines<{command: string; exit_code: number | null; session_id: string}>(await audit('session', session.slice(0, 13), '--dir', root, '--json'));
		expect(lines.map(line => [line.command, line.exit_code, line.session_id])).toEqual([['npm test', 1, session], [String.raw`printf "a\nb"\necho done`, 0, session]]);

		const [row] = jsonLines<{short_id: string; active: boolean; commands: number; failures: number}>(await audit('sessions', '--dir', root, '--json'));
		expect(row).toMatchObject({short_id: shortId(session), active: true, commands: 2, failures: 1});
		const table = await audit('sessions', '--dir', root);
		expect(table.stdout.split('\n')[1]).toMatch(/ active +2 +1 +0 +0 +0 +0 +0 +0$/);

		write(root, {kind: 'session_end', reason: 'other'}, new Date(now - 300_000));
		const [ended] = jsonLines<{active: boolean; duration_s: number}>(await audit('sessions', '--dir', root, '--json'));
		expect(ended).toMatchObject({active: false, duration_s: 300});
	});
});
