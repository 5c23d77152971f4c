import {open} from 'node:fs/promises';
import type {Damage} from './damage.ts';

const NEWLINE = 10;
const BLOCK_SIZE = 1 << 20;

/** Bytes of a file: from `start`, a line start, to `end`, a line start or past the end of the file. */
export type ByteRange = {start: number; end: number};

const WHOLE_FILE: ByteRange = {start: 0, end: Number.POSITIVE_INFINITY};

/**
 * A file's lines in large chunks of whole lines, each ending with its newline: a line-by-line reader would cost
 * more than the search. A chunk is valid until the next is asked for (buffers are reused), and the next block is
 * read while the caller works on this one. A last line without its newline is torn, or still being written: it is
 * skipped and counted.
 */
export async function* readLineChunks(file: string, damage: Damage, range = WHOLE_FILE): AsyncGenerator<Buffer> {
	const handle = await open(file).catch(() => undefined);
	if (handle === undefined) {
		damage.unreadable(file);
		return;
	}

	const blocks = [Buffer.allocUnsafe(BLOCK_SIZE), Buffer.allocUnsafe(BLOCK_SIZE)];
	const readBlock = (index: number, position: number) => {
		const length = Math.min(BLOCK_SIZE, range.end - position);
		const read = length > 0 ? handle.read(blocks[index]!, 0, length, position).then(result => result.bytesRead) : Promise.resolve(0);
		// Handled when awaited; until then, a failure must not count as an unhandled rejection.
		read.catch(() => undefined);
		return read;
	};

	let position = range.start;
	let current = 0;
	let pending = readBlock(current, position);
	// The start of a line that runs on into the next block; copied, as its block will be read into again.
	let carried = Buffer.alloc(0);
	try {
		for (;;) {
			const bytesRead = await pending;
			if (bytesRead === 0) {
				if (carried.length > 0) {
					damage.skipLine();
				}

				return;
			}

			const block = blocks[current]!.subarray(0, bytesRead);
			position += bytesRead;
			current = 1 - current;
			pending = readBlock(current, position);

			const firstNewline = block.indexOf(NEWLINE);
			if (firstNewline < 0) {
				carried = Buffer.concat([carried, block]);
				continue;
			}

			let wholeFrom = 0;
			if (carried.length > 0) {
				yield Buffer.concat([carried, block.subarray(0, firstNewline + 1)]);
				wholeFrom = firstNewline + 1;
			}

			const lastNewline = block.lastIndexOf(NEWLINE);
			if (lastNewline >= wholeFrom) {
				yield block.subarray(wholeFrom, lastNewline + 1);
			}

			carried = Buffer.from(block.subarray(lastNewline + 1));
		}
	} catch {
		damage.unreadable(file);
	} finally {
		await pending.catch(() => undefined);
		await handle.close();
	}
}
