import {fstatSync, read, readSync} from 'node:fs';
import {giveBack, takeBuffer} from './block-buffers.ts';
import type {ByteRange} from './line-chunks.ts';

/** One read: the bytes are at `buffer[room, room + length)`, `room` bytes left free before them. */
export type Block = {buffer: Buffer; length: number};

type PendingRead = Promise<{position: number; length: number}>;

const MIN_BLOCK_SIZE = 1 << 16;

/**
 * A range of a file in blocks, in order, the next ones read on libuv's threads while the caller searches the last:
 * reading from the page cache costs about as much as searching, and so runs beside it on another core. With one
 * block, each is read when asked for. A block is valid until the next is asked for (its buffer is then read into
 * again), and until the reads are closed.
 */
export class ReadAhead {
	readonly #descriptor: number;
	readonly #end: number;
	readonly #room: number;
	readonly #buffers: Buffer[];
	readonly #reads: PendingRead[] = [];
	/** Where the next block handed out starts, and where the next read is to start. */
	#expected: number;
	#issued: number;
	#next = 0;

	/** Up to `blocks` blocks of `blockSize` bytes are read at once, each with `room` bytes free before it. */
	constructor(descriptor: number, range: ByteRange, {blockSize, blocks, room}: {blockSize: number; blocks: number; room: number}) {
		this.#descriptor = descriptor;
		this.#end = range.end;
		this.#room = room;
		this.#expected = range.start;
		this.#issued = range.start;
		// No larger than the range needs as the file is now, but for a little room to grow: a log being written to may
		// be longer by the time it is read, and is then read on in blocks of this size.
		const wanted = Math.min(range.end, fstatSync(descriptor).size) - range.start;
		const size = Math.min(blockSize, Math.max(wanted, MIN_BLOCK_SIZE));
		this.#buffers = Array.from({length: size < wanted ? blocks : 1}, () => takeBuffer(room + size));
	}

	/** The next block; one of length 0 at the end of the range or of the file. */
	async next(): Promise<Block> {
		if (this.#reads.length === 0) {
			this.#reads.push(...this.#buffers.map(buffer => this.#readInto(buffer)));
		} else {
			// The caller is done with the last block: its buffer reads ahead again.
			const last = (this.#next + this.#buffers.length - 1) % this.#buffers.length;
			this.#reads[last] = this.#readInto(this.#buffers[last]!);
		}

		const buffer = this.#buffers[this.#next]!;
		let {position, length} = await this.#reads[this.#next]!;
		if (position !== this.#expected) {
			// A read before it came back short: the file ended there, or has grown since. Read on from where it ended.
			position = this.#expected;
			length = readSync(this.#descriptor, buffer, this.#room, this.#lengthFrom(position), position);
		}

		if (length < this.#lengthFrom(position)) {
			this.#issued = position + length;
		}

		this.#expected = position + length;
		this.#issued = Math.max(this.#issued, this.#expected);
		this.#next = (this.#next + 1) % this.#buffers.length;
		return {buffer, length};
	}

	/** Waits for the reads still running (the descriptor must outlive them), then gives the buffers back. */
	async close(): Promise<void> {
		await Promise.allSettled(this.#reads);
		for (const buffer of this.#buffers) {
			giveBack(buffer);
		}
	}

	#lengthFrom(position: number): number {
		return Math.max(0, Math.min(this.#buffers[0]!.length - this.#room, this.#end - position));
	}

	#readInto(buffer: Buffer): PendingRead {
		const position = this.#issued;
		const length = this.#lengthFrom(position);
		this.#issued += length;
		if (length === 0) {
			return Promise.resolve({position, length});
		}

		if (this.#buffers.length === 1) {
			// Nothing to read ahead into: read when asked, without the cost of a round trip to another thread.
			return Promise.resolve({position, length: readSync(this.#descriptor, buffer, this.#room, length, position)});
		}

		const pending: PendingRead = new Promise((resolve, reject) => {
			read(this.#descriptor, buffer, this.#room, length, position, (error, bytesRead) => {
				if (error === null) {
					resolve({position, length: bytesRead});
				} else {
					reject(error);
				}
			});
		});
		// A read ahead that fails is reported when awaited, not as unhandled when the caller stopped before it.
		pending.catch(() => undefined);
		return pending;
	}
}
