// The other half of a parallel scan (parallel-chunks.ts): a worker thread that takes blocks of a log in turn with the
// main thread and hands back, for each, the lines that the search pattern's prefilter lets through.
import {closeSync, openSync} from 'node:fs';
import {isMainThread, parentPort, workerData} from 'node:worker_threads';
import {commandPatternFilter} from '../search/command-pattern.ts';
import {sampledNeedles} from '../search/rare-needle.ts';
import {packCandidateLines} from './candidate-lines.ts';
import {Damage} from './damage.ts';
import {blockRange, type LineBlocks} from './line-blocks.ts';
import {READ_IN_TURN, readLineChunks} from './line-chunks.ts';
import type {Needle} from './line-visitors.ts';
import {PackedLines} from './packed-lines.ts';
import {capYoungGeneration} from './young-generation.ts';

const ROLE = 'coograph audit scan';
// Lines are handed back through a few slots of shared memory: however many lines match, a scan holds no more, and
// nothing is allocated per piece. A piece is handed back once it is this full; one chunk more always fits in a slot.
const SEND_SIZE = 1 << 18;
export const SLOT_SIZE = 1 << 19;
export const SLOTS = 8;

/** Slots of the shared Int32Array. */
export const NEXT_BLOCK = 0;
/** Slots handed back and not yet released by the main thread. */
export const TAKEN = 1;
export const CANCELLED = 2;
export const CONTROL_SLOTS = 3;

/**
 * The worker's script in dist/: this module bundled alone beside cli.js (scripts/build.mjs), a fraction of the chunk
 * that holds it for the CLI (dist/chunks/), so the worker starts sooner. Run from the sources, there is none.
 */
export const SCAN_WORKER_URL = new URL('../audit-scan-worker.js', import.meta.url);

/** What the worker is given. */
export type ScanWorkerData = {
	role: typeof ROLE;
	file: string;
	blocks: LineBlocks;
	pattern: {source: string; ignoreCase: boolean};
	control: Int32Array;
	slots: SharedArrayBuffer;
};

/**
 * What it sends: lines of a block, in a slot or (longer than a slot) in a buffer of their own, the block's last piece
 * saying so; then, once, what it skipped.
 */
export type ScanWorkerMessage =
	| {block: number; slot: number; length: number; last: boolean}
	| {block: number; lines: Uint8Array; last: boolean}
	| {done: true; skippedLines: number; unreadableFiles: string[]};

export function scanWorkerData(file: string, blocks: LineBlocks, pattern: ScanWorkerData['pattern']): ScanWorkerData {
	return {
		role: ROLE,
		file,
		blocks,
		pattern,
		control: new Int32Array(new SharedArrayBuffer(CONTROL_SLOTS * Int32Array.BYTES_PER_ELEMENT)),
		slots: new SharedArrayBuffer(SLOTS * SLOT_SIZE),
	};
}

if (!isMainThread && (workerData as Partial<ScanWorkerData> | null)?.role === ROLE) {
	// A failure ends the thread with an error, which the main thread's scan throws.
	void scanBlocks(workerData as ScanWorkerData);
}

async function scanBlocks({file, blocks, pattern, control, slots}: ScanWorkerData): Promise<void> {
	// V8's flags are the whole process's, and Node set them again as this thread started.
	capYoungGeneration();
	const filter = commandPatternFilter(pattern.source, pattern.ignoreCase);
	const damage = new Damage();
	const packed = new PackedLines();
	let sent = 0;
	const send = (block: number, last: boolean) => {
		// The main thread releases slots in the order they were sent: with fewer than SLOTS taken, the next is free.
		for (let taken = Atomics.load(control, TAKEN); taken >= SLOTS && Atomics.load(control, CANCELLED) === 0; taken = Atomics.load(control, TAKEN)) {
			Atomics.wait(control, TAKEN, taken);
		}

		const bytes = packed.bytes();
		if (bytes.length <= SLOT_SIZE) {
			const slot = sent++ % SLOTS;
			bytes.copy(new Uint8Array(slots, slot * SLOT_SIZE, SLOT_SIZE));
			Atomics.add(control, TAKEN, 1);
			parentPort!.postMessage({block, slot, length: bytes.length, last} satisfies ScanWorkerMessage);
		} else {
			const lines = new Uint8Array(bytes);
			parentPort!.postMessage({block, lines, last} satisfies ScanWorkerMessage, [lines.buffer]);
		}

		packed.clear();
	};

	const descriptor = openSync(file, 'r');
	try {
		let needles: Needle[] | undefined;
		for (let block = Atomics.add(control, NEXT_BLOCK, 1); block < blocks.count && Atomics.load(control, CANCELLED) === 0; block = Atomics.add(control, NEXT_BLOCK, 1)) {
			for await (const bytes of readLineChunks(file, damage, blockRange(descriptor, blocks, block), READ_IN_TURN)) {
				needles ??= filter.needles && sampledNeedles(filter.needles, bytes);
				packCandidateLines(bytes, {...filter, needles}, packed);
				if (packed.length >= SEND_SIZE) {
					send(block, false);
				}
			}

			send(block, true);
		}
	} finally {
		closeSync(descriptor);
	}

	parentPort!.postMessage({done: true, skippedLines: damage.skippedLines, unreadableFiles: damage.unreadableFiles} satisfies ScanWorkerMessage);
}
