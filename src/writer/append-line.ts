import {closeSync, constants, fstatSync, openSync, readSync, writeSync} from 'node:fs';
import {sleepSync} from './sleep.ts';

const READ_APPEND_FLAGS = constants.O_RDWR | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW;
const FILE_MODE = 0o600;
// A writer descheduled half-way through a large write leaves its line unchanged for milliseconds on a busy machine.
const TORN_AFTER_MS = 100;
const MAX_GROWTH_WAIT_MS = 2000;

/**
 * Appends a whole line with one write(2) on an O_APPEND descriptor, so concurrent hooks never interleave or tear
 * each other's lines; a torn fragment that a killed writer left is first ended, so the line keeps a line of its own.
 */
export function appendToLog(file: string, line: string): void {
	const descriptor = openSync(file, READ_APPEND_FLAGS, FILE_MODE);
	try {
		writeWhole(descriptor, file, planAppend(descriptor, line).text);
	} finally {
		closeSync(descriptor);
	}
}

/** An append-only log opened for reading its tail, then appending to it. */
export function openLogForAppend(file: string): number {
	return openSync(file, READ_APPEND_FLAGS, FILE_MODE);
}

export type PlannedAppend = {
	/** The log's size before the append. */
	size: number;
	/** The line, after a newline that ends a torn fragment a killed writer may have left. */
	text: string;
	/** The log's size after the append. */
	end: number;
};

export function planAppend(descriptor: number, line: string): PlannedAppend {
	let size = fstatSync(descriptor).size;
	// A large line still growing is another writer's write(2) under way (one that gave up waiting for the lock); only
	// a fragment that stays as it is for a while was left by a writer killed half-way.
	for (let unchangedFor = 0, waited = 0; size > 0 && lastBytes(descriptor, size, 1)[0] !== 0x0A; unchangedFor++, waited++) {
		if (unchangedFor === TORN_AFTER_MS || waited === MAX_GROWTH_WAIT_MS) {
			return {size, text: `\n${line}`, end: size + 1 + Buffer.byteLength(line)};
		}

		sleepSync(1);
		const now = fstatSync(descriptor).size;
		if (now !== size) {
			size = now;
			unchangedFor = 0;
		}
	}

	return {size, text: line, end: size + Buffer.byteLength(line)};
}

/** True when the log's last bytes are exactly this line. */
export function logEndsWith(file: string, line: string): boolean {
	const expected = Buffer.from(line);
	let descriptor: number;
	try {
		descriptor = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW);
	} catch {
		return false;
	}

	try {
		const size = fstatSync(descriptor).size;
		return size >= expected.length && lastBytes(descriptor, size, expected.length).equals(expected);
	} finally {
		closeSync(descriptor);
	}
}

export function writeWhole(descriptor: number, file: string, text: string): void {
	const bytes = Buffer.from(text);
	const written = writeSync(descriptor, bytes);
	if (written !== bytes.length) {
		endTornLine(descriptor);
		throw new Error(`short write to ${file}: ${written} of ${bytes.length} bytes (disk full?)`);
	}
}

function lastBytes(descriptor: number, size: number, count: number): Buffer {
	const bytes = Buffer.alloc(count);
	readSync(descriptor, bytes, 0, count, size - count);
	return bytes;
}

// A partial write (a full disk) leaves a fragment: end it, so that the next record starts on a line of its own.
function endTornLine(descriptor: number): void {
	try {
		writeSync(descriptor, '\n');
	} catch {}
}
