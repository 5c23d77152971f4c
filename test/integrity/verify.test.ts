import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {sealRecord} from '../../src/integrity/record-seal.ts';
import {verifyLogs} from '../../src/integrity/verify/verify-logs.ts';
import {sessionFileName} from '../../src/writer/session-file-name.ts';
import {shortId} from '../../src/writer/short-id.ts';
import {writeEvent} from '../../src/writer/write-event.ts';
import {tempProject} from '../helpers/temp-project.ts';

const SESSIONS = ['sess-a', 'sess-b'];
const sessionLog = (id: string) => `sessions/${sessionFileName(id, shortId(id))}`;

/** Ten events over two sessions, each pre followed by its post: 20 records, 10 lines in session.log. */
function loggedProject(): string {
	const root = tempProject();
	for (let index = 0; index < 10; index++) {
		const sessionId = SESSIONS[index % 2]!;
		writeEvent(root, {kind: 'pre', agent: 'claude-code', sessionId, command: `echo step-${index}`});
		writeEvent(root, {kind: 'post', agent: 'claude-code', sessionId, command: `echo step-${index}`, exitCode: 0});
	}

	return root;
}

function editLines(root: string, file: string, edit: (lines: string[]) => string[]): void {
	const path = join(root, '.coograph', file);
	const lines = readFileSync(path, 'utf8').split('\n').slice(0, -1);
	writeFileSync(path, edit(lines).map(line => `${line}\n`).join(''));
}

const tampered = async (root: string) => (await verifyLogs(root)).findings.filter(finding => finding.severity === 'tampered');

describe('verifyLogs', () => {
	it('finds nothing in untouched logs', async () => {
		expect((await verifyLogs(loggedProject())).findings).toEqual([]);
	});

	it.each(['events.jsonl', 'session.log', sessionLog('sess-a')])('catches an edited line in %s at its position', async file => {
		const root = loggedProject();
		editLines(root, file, lines => lines.map((line, index) => index === 2 ? line.replace('step-', 'STEP-') : line));
		expect(await tampered(root)).toEqual([expect.objectContaining({file: `.coograph/${file}`, line: 3})]);
	});

	it.each(['events.jsonl', 'session.log', sessionLog('sess-b')])('catches a deleted line in %s', async file => {
		const root = loggedProject();
		editLines(root, file, lines => lines.filter((_, index) => index !== 3));
		const [finding] = await tampered(root);
		expect(finding).toMatchObject({file: `.coograph/${file}`, line: 4});
		expect(finding!.message).toMatch(/deleted|missing/);
	});

	it('catches a forged line inserted in session.log', async () => {
		const root = loggedProject();
		editLines(root, 'session.log', lines => [...lines.slice(0, 5), '[2026-01-01 00:00:00Z] [claude-code] [deadbeef] innocent', ...lines.slice(5)]);
		expect(await tampered(root)).toEqual([expect.objectContaining({file: '.coograph/session.log', line: 6, message: expect.stringMatching(/forged/)})]);
	});

	it('catches a forged record sealed with a valid hash of its own', async () => {
		const root = loggedProject();
		const forged = sealRecord(JSON.stringify({v: 1, kind: 'post', time: '2026-01-01T00:00:00.000Z', agent: 'claude-code', session_id: 'sess-a', short_id: shortId('sess-a'), prev: null, session_prev: null}));
		editLines(root, 'events.jsonl', lines => [...lines.slice(0, 4), forged, ...lines.slice(4)]);
		expect((await tampered(root))[0]).toMatchObject({file: '.coograph/events.jsonl', line: 5});
	});

	it.each(['events.jsonl', 'session.log'])('catches reordered lines in %s', async file => {
		const root = loggedProject();
		editLines(root, file, lines => [...lines.slice(0, 6), lines[7]!, lines[6]!, ...lines.slice(8)]);
		expect((await tampered(root))[0]).toMatchObject({file: `.coograph/${file}`, line: 7});
	});

	it('catches a truncated tail through the anchor kept outside the project', async () => {
		const root = loggedProject();
		editLines(root, 'events.jsonl', lines => lines.slice(0, -4));
		editLines(root, 'session.log', lines => lines.slice(0, -2));
		editLines(root, sessionLog('sess-a'), lines => lines.slice(0, -1));
		editLines(root, sessionLog('sess-b'), lines => lines.slice(0, -1));
		expect(await tampered(root)).toEqual([expect.objectContaining({file: '.coograph/events.jsonl', line: 17, message: expect.stringMatching(/truncated/)})]);
	});

	it('catches a deleted log folder', async () => {
		const root = loggedProject();
		rmSync(join(root, '.coograph'), {recursive: true});
		expect(await tampered(root)).toEqual([expect.objectContaining({file: '.coograph/events.jsonl', message: expect.stringMatching(/deleted/)})]);
	});

	it('reports a torn tail left by a killed writer as a notice, not as tampering', async () => {
		const root = loggedProject();
		writeFileSync(join(root, '.coograph', 'events.jsonl'), `${readFileSync(join(root, '.coograph', 'events.jsonl'), 'utf8')}{"v":1,"kind":"pr`);
		expect((await verifyLogs(root)).findings).toEqual([expect.objectContaining({line: 21, severity: 'notice', message: expect.stringMatching(/torn tail/)})]);
		writeEvent(root, {kind: 'pre', agent: 'claude-code', sessionId: 'sess-a', command: 'after the crash'});
		expect(await tampered(root)).toEqual([]);
	});
});
