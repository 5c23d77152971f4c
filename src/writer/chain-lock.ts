import {closeSync, constants, openSync, readFileSync, statSync, unlinkSync, writeSync} from 'node:fs';
import {sleepSync} from './sleep.ts';

const CREATE_EXCLUSIVE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;
// A writer holds the lock for about a millisecond; past this wait the record is written unchained instead.
const MAX_WAIT_MS = 2000;
// Breaking a stale lock takes microseconds: a break marker older than this was left by a killed process.
const STALE_BREAK_MS = 5000;

export type ChainLock = {release: () => void};

/**
 * Takes the lock that keeps the hash chain linear across concurrent hooks. Undefined when it could not be had in
 * time: the caller then writes its record unchained rather than block the agent or lose it.
 */
export function acquireChainLock(lockFile: string, maxWaitMs = MAX_WAIT_MS): ChainLock | undefined {
	const deadline = Date.now() + maxWaitMs;
	for (;;) {
		if (tryCreate(lockFile, `${process.pid}\n`)) {
			return {release: () => removeQuietly(lockFile)};
		}

		breakIfStale(lockFile);
		if (Date.now() >= deadline) {
			return undefined;
		}

		sleepSync(1 + Math.random());
	}
}

function tryCreate(file: string, content: string): boolean {
	try {
		const descriptor = openSync(file, CREATE_EXCLUSIVE, 0o600);
		writeSync(descriptor, content);
		closeSync(descriptor);
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
			return false;
		}

		throw error;
	}
}

/** A lock whose owner died is removed; the `.break` marker makes sure that two waiters never both remove one. */
function breakIfStale(lockFile: string): void {
	const breakFile = `${lockFile}.break`;
	if (!tryCreate(breakFile, `${process.pid}\n`)) {
		removeIfOlderThan(breakFile, STALE_BREAK_MS);
		return;
	}

	try {
		const owner = readOwner(lockFile);
		// No owner yet: its creator is between open and write, or was killed there.
		const stale = owner === undefined ? ageMs(lockFile) > STALE_BREAK_MS : !isAlive(owner);
		if (stale) {
			removeQuietly(lockFile);
		}
	} finally {
		removeQuietly(breakFile);
	}
}

function readOwner(lockFile: string): number | undefined {
	try {
		const owner = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
		return Number.isInteger(owner) && owner > 0 ? owner : undefined;
	} catch {
		return undefined;
	}
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function ageMs(file: string): number {
	try {
		return Date.now() - statSync(file).mtimeMs;
	} catch {
		return 0;
	}
}

function removeIfOlderThan(file: string, maxAgeMs: number): void {
	if (ageMs(file) > maxAgeMs) {
		removeQuietly(file);
	}
}

function removeQuietly(file: string): void {
	try {
		unlinkSync(file);
	} catch {}
}
