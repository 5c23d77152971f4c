import {closeSync, constants, openSync, writeSync} from 'node:fs';

const APPEND_FLAGS = constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW;
const FILE_MODE = 0o600;

/**
 * Appends a whole line with one write(2) on an O_APPEND descriptor, so concurrent hooks never interleave or tear
 * each other's lines.
 */
export function appendLine(file: string, line: string): void {
	const bytes = Buffer.from(line);
	const descriptor = openSync(file, APPEND_FLAGS, FILE_MODE);
	try {
		const written = writeSync(descriptor, bytes);
		if (written !== bytes.length) {
			endTornLine(descriptor);
			throw new Error(`short write to ${file}: ${written} of ${bytes.length} bytes (disk full?)`);
		}
	} finally {
		closeSync(descriptor);
	}
}

// A partial write (a full disk) leaves a fragment: end it, so that the next record starts on a line of its own.
function endTornLine(descriptor: number): void {
	try {
		writeSync(descriptor, '\n');
	} catch {}
}
