import {rmSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {execa} from 'execa';
import {afterAll, expect, it} from 'vitest';
import {verifyLogs} from '../../src/integrity/verify/verify-logs.ts';
import {shortId} from '../../src/writer/short-id.ts';
import {readEvents, readLog, tempProject} from '../helpers/temp-project.ts';

const WORKERS = 16;
const EVENTS_PER_WORKER = 500;
const WORKER = fileURLToPath(new URL('append-worker.mjs', import.meta.url));
const root = tempProject();
afterAll(() => rmSync(root, {recursive: true, force: true}));

// A command as the worker builds it: its marker says how long its padding must be.
const COMMAND = /^echo w(\d+)-(\d+)-(\d+) (y*)$/;

function parseCommand(command: string) {
	const match = COMMAND.exec(command);
	expect(match, command.slice(0, 80)).not.toBeNull();
	const [, worker, index, size, padding] = match!;
	expect(padding!.length).toBe(Number(size));
	return {worker: Number(worker), index: Number(index)};
}

it(`${WORKERS} processes × ${EVENTS_PER_WORKER} appends: every line whole, in every file, one chain that verifies`, async () => {
	await Promise.all(Array.from({length: WORKERS}, (_, worker) => execa('node', [WORKER, root, String(worker), String(EVENTS_PER_WORKER)])));

	const globalLines = readLog(root, 'session.log').split('\n');
	expect(globalLines.pop()).toBe('');
	expect(globalLines).toHaveLength(WORKERS * EVENTS_PER_WORKER);
	const seen = new Set<string>();
	for (const line of globalLines) {
		const match = /^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ\] \[opencode\] \[([\da-f]{8})\] (.*)$/.exec(line);
		expect(match, line.slice(0, 80)).not.toBeNull();
		const {worker, index} = parseCommand(match![2]!);
		expect(match![1]).toBe(shortId(`ses_worker_${worker}`));
		seen.add(`${worker}-${index}`);
	}

	expect(seen.size).toBe(WORKERS * EVENTS_PER_WORKER);

	for (let worker = 0; worker < WORKERS; worker++) {
		const sessionId = `ses_worker_${worker}`;
		const lines = readLog(root, `sessions/${shortId(sessionId)}-${sessionId}.log`).split('\n');
		expect(lines.pop()).toBe('');
		expect(lines.map(line => parseCommand(line.replace(/^\[[^\]]+\] \[opencode\] /, '')).index)).toEqual(Array.from({length: EVENTS_PER_WORKER}, (_, index) => index));
	}

	const events = readEvents(root);
	expect(events).toHaveLength(WORKERS * EVENTS_PER_WORKER);
	expect((await verifyLogs(root)).findings.map(finding => JSON.stringify(finding)).slice(0, 5)).toEqual([]);
	expect(new Set(events.map(event => `${String(event.session_id)}/${String(event.tool_use_id)}`)).size).toBe(WORKERS * EVENTS_PER_WORKER);
}, 120_000);
