import {closeSync, existsSync} from 'node:fs';
import {Worker} from 'node:worker_threads';
import type {Damage} from './damage.ts';
import {blockRange, lineBlocks} from './line-blocks.ts';
import {READ_IN_TURN, readLineChunks, type ByteRange} from './line-chunks.ts';
import {CANCELLED, NEXT_BLOCK, SCAN_WORKER_URL, scanWorkerData, SLOT_SIZE, TAKEN, type ScanWorkerData, type ScanWorkerMessage} from './scan-worker.ts';

/** How a scan is shared with a worker thread. */
export type ParallelScan = {
	/** The search pattern, from which the worker makes its own prefilter. */
	pattern: ScanWorkerData['pattern'];
	/** Blocks the two threads take in turn: a range of fewer than two is read here alone. */
	blockSize?: number;
	/** The worker's script: scan-worker.ts as JavaScript. Without one, the scan is read here alone. */
	workerUrl?: URL;
};

// Large enough that the worker's start (about 30 ms) is worth it, small enough that the thread with less work
// afterwards (the main one also parses and prints the lines) can take more of the blocks.
const BLOCK_SIZE = 1 << 25;
// The worker only searches bytes: a small young generation is all it needs.
const WORKER_YOUNG_GENERATION_MB = 2;

/**
 * The chunks of a range of a log, in order, read by two threads: a scan over a large log is mostly reading and
 * searching bytes, which a second core halves. Blocks of whole lines are taken in turn: those the main thread takes
 * come as they are read, those the worker takes come as only the lines its prefilter let through. A chunk is valid
 * until the next is asked for.
 */
export async function* parallelLineChunks(file: string, damage: Damage, range: ByteRange, scan: ParallelScan): AsyncGenerator<Buffer> {
	const descriptor = damage.openForReading(file);
	if (descriptor === undefined) {
		return;
	}

	const blocks = lineBlocks(descriptor, range, scan.blockSize ?? BLOCK_SIZE);
	const workerUrl = scan.workerUrl ?? SCAN_WORKER_URL;
	if (blocks.count < 2 || !existsSync(workerUrl)) {
		closeSync(descriptor);
		yield* readLineChunks(file, damage, range);
		return;
	}

	const data = scanWorkerData(file, blocks, scan.pattern);
	const worker = new Worker(workerUrl, {workerData: data, resourceLimits: {maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB}});
	const messages = new WorkerMessages(worker, data);
	try {
		for (let next = 0; next < blocks.count;) {
			const claimed = Atomics.add(data.control, NEXT_BLOCK, 1);
			// The blocks before it were the worker's.
			for (; next < Math.min(claimed, blocks.count); next++) {
				yield* messages.linesOf(next);
			}

			if (claimed < blocks.count) {
				yield* readLineChunks(file, damage, blockRange(descriptor, blocks, claimed), READ_IN_TURN);
				next++;
			}
		}

		const {skippedLines, unreadableFiles} = await messages.done();
		damage.skippedLines += skippedLines;
		damage.unreadableFiles.push(...unreadableFiles);
	} finally {
		Atomics.store(data.control, CANCELLED, 1);
		Atomics.notify(data.control, TAKEN);
		await worker.terminate();
		closeSync(descriptor);
	}
}

/** The worker's messages, in the order sent; a slot is released once its lines have been read. */
class WorkerMessages {
	readonly #queue: ScanWorkerMessage[] = [];
	#failure: Error | undefined;
	#wake: (() => void) | undefined;
	readonly #data: ScanWorkerData;

	constructor(worker: Worker, data: ScanWorkerData) {
		this.#data = data;
		const wake = () => {
			this.#wake?.();
			this.#wake = undefined;
		};

		worker.on('message', (message: ScanWorkerMessage) => {
			this.#queue.push(message);
			wake();
		});
		worker.on('error', error => {
			this.#failure = error;
			wake();
		});
		worker.on('exit', code => {
			this.#failure ??= new Error(`the scan's worker thread stopped (exit code ${code})`);
			wake();
		});
	}

	/** The lines the worker let through in one of its blocks, as chunks. */
	async* linesOf(block: number): AsyncGenerator<Buffer> {
		for (let last = false; !last;) {
			const message = await this.#next();
			if (!('block' in message) || message.block !== block) {
				throw new Error(`the scan's worker thread sent block ${'block' in message ? message.block : 'none'} for ${block}`);
			}

			last = message.last;
			const lines = 'slot' in message ? Buffer.from(this.#data.slots, message.slot * SLOT_SIZE, message.length) : Buffer.from(message.lines.buffer);
			if (lines.length > 0) {
				yield lines;
			}

			if ('slot' in message) {
				Atomics.sub(this.#data.control, TAKEN, 1);
				Atomics.notify(this.#data.control, TAKEN);
			}
		}
	}

	async done(): Promise<Extract<ScanWorkerMessage, {done: true}>> {
		const message = await this.#next();
		if (!('done' in message)) {
			throw new Error('the scan\'s worker thread sent lines after its last block');
		}

		return message;
	}

	async #next(): Promise<ScanWorkerMessage> {
		while (this.#queue.length === 0) {
			if (this.#failure !== undefined) {
				throw this.#failure;
			}

			await new Promise<void>(resolve => {
				this.#wake = resolve;
			});
		}

		return this.#queue.shift()!;
	}
}
