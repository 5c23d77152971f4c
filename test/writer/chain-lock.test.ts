import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {expect, it} from 'vitest';
import {acquireChainLock} from '../../src/writer/chain-lock.ts';
import {writeEvent} from '../../src/writer/write-event.ts';
import {readEvents, readLog, tempProject} from '../helpers/temp-project.ts';

const DEAD_PID = 2 ** 22 + 1; // above Linux's pid_max: never a live process

it('takes a free lock and releases it', () => {
	const lockFile = join(tempProject(), '.lock');
	const lock = acquireChainLock(lockFile);
	expect(existsSync(lockFile)).toBe(true);
	lock!.release();
	expect(existsSync(lockFile)).toBe(false);
});

it('recovers a lock whose owner died', () => {
	const lockFile = join(tempProject(), '.lock');
	writeFileSync(lockFile, `${DEAD_PID}\n`);
	const lock = acquireChainLock(lockFile, 500);
	expect(lock).toBeDefined();
	lock!.release();
});

it('gives up after the bounded wait while a live process holds it', () => {
	const lockFile = join(tempProject(), '.lock');
	writeFileSync(lockFile, `${process.pid}\n`);
	const started = Date.now();
	expect(acquireChainLock(lockFile, 100)).toBeUndefined();
	expect(Date.now() - started).toBeGreaterThanOrEqual(100);
});

it('writes the record unchained, never losing it, when the lock cannot be had', () => {
	const root = tempProject();
	mkdirSync(join(root, '.coograph'), {mode: 0o700});
	writeFileSync(join(root, '.coograph', '.lock'), `${process.pid}\n`);
	const outcome = writeEvent(root, {kind: 'pre', agent: 'opencode', sessionId: 's', command: 'still logged'});

	expect(outcome.unchained).toBe(true);
	expect(readEvents(root)[0]).toMatchObject({command: 'still logged', unchained: true, prev: null, session_prev: null});
	expect(readLog(root, 'session.log')).toMatch(/ still logged\n$/);
});
