import {closeSync, constants, existsSync, fstatSync, openSync, readSync, unlinkSync, writeSync} from 'node:fs';
import {sleepSync} from './sleep.ts';

const CREATE_EXCLUSIVE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;
// A writer holds the lock for about a millisecond; past this wait the record is written unchained instead.
const MAX_WAIT_MS = 2000;
// Breaking a stale lock takes microseconds: a break marker older than this was left by a killed process.
const STALE_BREAK_MS = 5000;

export type ChainLock = {
	release: () => void;
	/** True when another writer has asked for the lock since the last call: a holder of a long burst then lets go. */
	othersWaiting: () => boolean;
};

/** What a lock file holds: `<pid> <token>`, the token telling apart two locks of one process or of a reused pid. */
type LockContent = {pid: number | undefined; text: string; ino: number; mtimeMs: number};

/**
 * Takes the lock that keeps the hash chain linear across concurrent hooks. Undefined when it could not be had in
 * time: the caller then writes its record unchained rather than block the agent or lose it.
 */
export function acquireChainLock(lockFile: string, maxWaitMs = MAX_WAIT_MS): ChainLock | undefined {
	const deadline = Date.now() + maxWaitMs;
	const mine = `${process.pid} ${Math.random().toString(36).slice(2)}\n`;
	const waiting = `${lockFile}.wanted`;
	for (;;) {
		if (tryCreate(lockFile, mine)) {
			return {
				// Only our own lock is removed: one broken by mistake and taken by another writer stays theirs.
				release: () => removeIf(lockFile, lock => lock.text === mine),
				othersWaiting: () => existsSync(waiting) && removed(waiting),
			};
		}

		askForLock(waiting);
		breakIfStale(lockFile);
		if (Date.now() >= deadline) {
			return undefined;
		}

		sleepSync(1 + Math.random());
	}
}

// Set again at every try: the holder removes it when it lets go.
function askForLock(waiting: string): void {
	try {
		closeSync(openSync(waiting, constants.O_WRONLY | constants.O_CREAT | constants.O_NOFOLLOW, 0o600));
	} catch {}
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

/**
 * A lock whose owner died is removed. The `.break` marker keeps two waiters from both removing one, and the lock is
 * read again just before removal: its owner may have released it, and a live writer taken it, in the meantime.
 */
function breakIfStale(lockFile: string): void {
	const breakFile = `${lockFile}.break`;
	if (!tryCreate(breakFile, `${process.pid}\n`)) {
		removeIf(breakFile, lock => Date.now() - lock.mtimeMs > STALE_BREAK_MS);
		return;
	}

	try {
		const seen = readLock(lockFile);
		// No owner yet: its creator is between open and write, or was killed there.
		const stale = seen !== undefined && (seen.pid === undefined ? Date.now() - seen.mtimeMs > STALE_BREAK_MS : !isAlive(seen.pid));
		if (stale) {
			removeIf(lockFile, lock => lock.ino === seen.ino && lock.mtimeMs === seen.mtimeMs && lock.text === seen.text);
		}
	} finally {
		removeIf(breakFile, () => true);
	}
}

function readLock(file: string): LockContent | undefined {
	let descriptor: number;
	try {
		descriptor = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW);
	} catch {
		return undefined;
	}

	try {
		const {ino, mtimeMs} = fstatSync(descriptor);
		const bytes = Buffer.alloc(64);
		const text = bytes.subarray(0, readSync(descriptor, bytes, 0, 64, 0)).toString();
		const pid = Number.parseInt(text, 10);
		return {pid: Number.isInteger(pid) && pid > 0 ? pid : undefined, text, ino, mtimeMs};
	} finally {
		closeSync(descriptor);
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

function removeIf(file: string, test: (lock: LockContent) => boolean): void {
	const lock = readLock(file);
	if (lock !== undefined && test(lock)) {
		removed(file);
	}
}

function removed(file: string): boolean {
	try {
		unlinkSync(file);
		return true;
	} catch {
		return false;
	}
}
