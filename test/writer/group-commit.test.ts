import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {setImmediate as turnOfEventLoop} from 'node:timers/promises';
import {describe, expect, it} from 'vitest';
import {verifyLogs} from '../../src/integrity/verify/verify-logs.ts';
import {openEventLog, writeEvent} from '../../src/writer/write-event.ts';
import {readEvents, readLog, tempProject} from '../helpers/temp-project.ts';

const pre = (sessionId: string, command: string) => ({kind: 'pre' as const, agent: 'opencode' as const, sessionId, command});
const lockFile = (root: string) => join(root, '.coograph', '.lock');
const busyWait = (milliseconds: number) => {
	const until = Date.now() + milliseconds;
	while (Date.now() < until) {}
};

describe('group commit', () => {
	it('holds the chain lock across the events of one turn of the event loop, each on disk when write returns', async () => {
		const root = tempProject();
		const log = openEventLog(root, {groupCommit: true});
		for (let index = 0; index < 5; index++) {
			log.write(pre(index % 2 === 0 ? 'ses_a' : 'ses_b', `echo ${index}`));
			expect(readLog(root, 'session.log')).toMatch(new RegExp(`echo ${index}\\n$`));
			expect(readEvents(root)).toHaveLength(index + 1);
			expect(log.holding).toBe(true);
			expect(existsSync(lockFile(root))).toBe(true);
		}

		await turnOfEventLoop();
		expect(log.holding).toBe(false);
		expect(existsSync(lockFile(root))).toBe(false);
	});

	it('keeps one linear chain, per session too, across bursts and single writes', async () => {
		const root = tempProject();
		const log = openEventLog(root, {groupCommit: true});
		for (let burst = 0; burst < 3; burst++) {
			for (let index = 0; index < 4; index++) {
				log.write(pre(`ses_${index % 3}`, `echo ${burst}-${index}`));
			}

			await turnOfEventLoop();
			writeEvent(root, pre('ses_hook', `echo hook ${burst}`));
		}

		const events = readEvents(root);
		expect(events).toHaveLength(3 * 5);
		expect(events.map(event => event.prev)).toEqual([null, ...events.slice(0, -1).map(event => event.hash)]);
		for (const sessionId of ['ses_0', 'ses_1', 'ses_2', 'ses_hook']) {
			const session = events.filter(event => event.session_id === sessionId);
			expect(session.map(event => event.session_prev)).toEqual([null, ...session.slice(0, -1).map(event => event.hash)]);
		}

		expect(events.some(event => event.unchained === true)).toBe(false);
		expect((await verifyLogs(root)).findings).toEqual([]);
	});

	it('without group commit, releases the lock before write returns', () => {
		const root = tempProject();
		const log = openEventLog(root);
		log.write(pre('ses_a', 'ls'));
		expect(log.holding).toBe(false);
		expect(existsSync(lockFile(root))).toBe(false);
	});

	it('lets go of the lock, once it has held it a few milliseconds, for another writer that asks for it', () => {
		const root = tempProject();
		const log = openEventLog(root, {groupCommit: true});
		log.write(pre('ses_a', 'echo 1'));
		const firstHold = readFileSync(lockFile(root), 'utf8');
		log.write(pre('ses_a', 'echo 2'));
		expect(readFileSync(lockFile(root), 'utf8')).toBe(firstHold);

		busyWait(10);
		writeFileSync(`${lockFile(root)}.wanted`, '');
		log.write(pre('ses_a', 'echo 3'));
		expect(readFileSync(lockFile(root), 'utf8')).not.toBe(firstHold);
		expect(existsSync(`${lockFile(root)}.wanted`)).toBe(false);
	});

	it('prepares a large command without holding the lock: the burst before it ends', () => {
		const root = tempProject();
		const log = openEventLog(root, {groupCommit: true});
		log.write(pre('ses_a', 'echo small'));
		const firstHold = readFileSync(lockFile(root), 'utf8');
		log.write(pre('ses_a', `echo ${'x'.repeat(100 * 1024)}`));
		expect(readFileSync(lockFile(root), 'utf8')).not.toBe(firstHold);
	});
});
