import {closeSync} from 'node:fs';
import type {Damage} from './damage.ts';
import {linePieces} from './decode-pieces.ts';
import {ReadAhead} from './read-ahead.ts';

const NEWLINE = 10;
// Room before each block for the beginning of a line that the last one cut: a longer one is joined in a new buffer.
const CARRY_ROOM = 1 << 16;
// A block is handed on in chunks of about this size: what a caller makes of a chunk (the lines found, the records
// parsed) is then little enough to die young, before the garbage collector copies it to its old generation.
const CHUNK_SIZE = 1 << 18;

/** How a file is read: in blocks of what size, and how many of them at once. */
export type Reading = {blockSize: number; blocks: number};

/**
 * Ahead, on one of libuv's threads, while the last block is searched: in blocks this large, so that the cost of each
 * asynchronous read is paid seldom. One block ahead, not more: two reading threads and the search would be three
 * threads on two cores, and measured no faster.
 */
export const READ_AHEAD: Reading = {blockSize: 1 << 22, blocks: 2};

/**
 * In turn with the search, for a thread that shares a scan with another: no core is left to read ahead on. Small
 * blocks, that stay in the CPU's cache between the read that fills them and the search.
 */
export const READ_IN_TURN: Reading = {blockSize: 1 << 18, blocks: 1};

/** Bytes of a file: from `start`, a line start, to `end`, a line start or past the end of the file. */
export type ByteRange = {start: number; end: number};

export const WHOLE_FILE: ByteRange = {start: 0, end: Number.POSITIVE_INFINITY};

/**
 * A file's lines in large chunks of whole lines, each ending with its newline: a line-by-line reader would cost
 * more than the search. A chunk is valid until the next is asked for: the buffer is reused. A last line without its
 * newline is torn, or still being written: it is skipped and counted. Read as `reading` says (READ_AHEAD by default).
 */
export async function* readLineChunks(file: string, damage: Damage, range = WHOLE_FILE, reading = READ_AHEAD): AsyncGenerator<Buffer> {
	const descriptor = damage.openForReading(file);
	if (descriptor === undefined) {
		return;
	}

	let reads: ReadAhead | undefined;
	try {
		reads = new ReadAhead(descriptor, range, {...reading, room: CARRY_ROOM});
		// The beginning of a line that the last block cut.
		let carried = Buffer.alloc(0);
		for (;;) {
			const {buffer, length} = await reads.next();
			if (length === 0) {
				if (carried.length > 0) {
					damage.skipLine();
				}

				return;
			}

			const start = CARRY_ROOM;
			const end = start + length;
			const lastNewline = buffer.lastIndexOf(NEWLINE, end - 1);
			if (lastNewline < start) {
				carried = Buffer.concat([carried, buffer.subarray(start, end)]);
				continue;
			}

			const lines = carried.length <= start
				? buffer.subarray(start - carried.copy(buffer, start - carried.length), lastNewline + 1)
				: Buffer.concat([carried, buffer.subarray(start, lastNewline + 1)]);
			// A copy: the buffer is read into again.
			carried = Buffer.from(buffer.subarray(lastNewline + 1, end));
			yield* linePieces(lines, CHUNK_SIZE);
		}
	} catch {
		damage.unreadable(file);
	} finally {
		await reads?.close();
		closeSync(descriptor);
	}
}
