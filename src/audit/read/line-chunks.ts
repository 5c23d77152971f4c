import {closeSync, readSync} from 'node:fs';
import type {Damage} from './damage.ts';

const NEWLINE = 10;
// Small enough to stay in the CPU's cache between the read that fills it and the search that scans it (grep reads
// in blocks of this order too); measured faster than larger blocks, and than reading ahead on libuv's threads.
const BLOCK_SIZE = 1 << 18;

/** Bytes of a file: from `start`, a line start, to `end`, a line start or past the end of the file. */
export type ByteRange = {start: number; end: number};

export const WHOLE_FILE: ByteRange = {start: 0, end: Number.POSITIVE_INFINITY};

/**
 * A file's lines in large chunks of whole lines, each ending with its newline: a line-by-line reader would cost
 * more than the search. A chunk is valid until the next is asked for: the buffer is reused. A last line without its
 * newline is torn, or still being written: it is skipped and counted.
 */
export async function* readLineChunks(file: string, damage: Damage, range = WHOLE_FILE): AsyncGenerator<Buffer> {
	const descriptor = damage.openForReading(file);
	if (descriptor === undefined) {
		return;
	}

	try {
		let buffer: Buffer = Buffer.allocUnsafe(BLOCK_SIZE);
		// Bytes at the start of the buffer: the beginning of a line that the last read cut.
		let carried = 0;
		for (let position = range.start; ;) {
			const length = Math.min(buffer.length - carried, range.end - position);
			const bytesRead = length > 0 ? readSync(descriptor, buffer, carried, length, position) : 0;
			if (bytesRead === 0) {
				if (carried > 0) {
					damage.skipLine();
				}

				return;
			}

			position += bytesRead;
			const filled = carried + bytesRead;
			const lastNewline = buffer.lastIndexOf(NEWLINE, filled - 1);
			if (lastNewline < 0) {
				buffer = grow(buffer, filled);
				carried = filled;
				continue;
			}

			yield buffer.subarray(0, lastNewline + 1);
			carried = filled - lastNewline - 1;
			buffer.copy(buffer, 0, lastNewline + 1, filled);
		}
	} catch {
		damage.unreadable(file);
	} finally {
		closeSync(descriptor);
	}
}

// A line longer than the buffer: rare (a pasted script), so the buffer only grows when one turns up.
function grow(buffer: Buffer, filled: number): Buffer {
	const larger = Buffer.allocUnsafe(buffer.length * 2);
	buffer.copy(larger, 0, 0, filled);
	return larger;
}
