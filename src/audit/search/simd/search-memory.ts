import {findLiteralModule, MAX_LITERAL_LENGTH, NEEDLE_FIRST, NEEDLE_LENGTH, NEEDLE_LITERAL, NEEDLE_SECOND} from './find-literal-module.ts';

const PAGE_SIZE = 1 << 16;
// Needles first, then the slots logs are read into, then what the search may read past the end of the last one.
const NEEDLES_SIZE = 1 << 14;
// A slot holds a block of a log read ahead (line-chunks.ts: 4 MiB) and the room before it for a cut line (64 KiB): the
// two blocks of a scan, and one of another log read at the same time (events.jsonl for findings).
const SLOT_SIZE = (1 << 22) + (1 << 16);
const SLOTS = 3;
const SLACK = PAGE_SIZE;
const MEMORY_SIZE = NEEDLES_SIZE + (SLOTS * SLOT_SIZE) + SLACK;

type Find = (from: number, limit: number, needle: number) => number;

/**
 * WebAssembly memory that logs are read into, so that a literal can be looked for in them in place with SIMD
 * (find-literal-module.ts). One per thread, made when first needed; none where WebAssembly SIMD is not supported.
 */
class SearchMemory {
	readonly bytes: Buffer;
	readonly find: Find;
	readonly findCaseless: Find;
	readonly #freeSlots = Array.from({length: SLOTS}, (_, slot) => NEEDLES_SIZE + (slot * SLOT_SIZE));
	#needlesEnd = 0;

	constructor(module: Uint8Array<ArrayBuffer>) {
		const pages = Math.ceil(MEMORY_SIZE / PAGE_SIZE);
		const memory = new WebAssembly.Memory({initial: pages, maximum: pages});
		const {exports} = new WebAssembly.Instance(new WebAssembly.Module(module), {env: {memory}});
		this.bytes = Buffer.from(memory.buffer);
		this.find = exports.find as Find;
		this.findCaseless = exports.findCaseless as Find;
	}

	takeSlot(size: number): Buffer | undefined {
		const start = size <= SLOT_SIZE ? this.#freeSlots.pop() : undefined;
		return start === undefined ? undefined : this.bytes.subarray(start, start + size);
	}

	/** Whether the buffer was a slot, now free. */
	freeSlot(buffer: Buffer): boolean {
		if (!this.holds(buffer)) {
			return false;
		}

		this.#freeSlots.push(buffer.byteOffset);
		return true;
	}

	holds(bytes: Uint8Array): boolean {
		return bytes.buffer === this.bytes.buffer;
	}

	/** The needle's address, or undefined when there is no room left for it. */
	addNeedle(literal: Uint8Array, fold: Uint8Array, first: number, second: number): number | undefined {
		const address = this.#needlesEnd;
		const end = address + NEEDLE_LITERAL + (2 * literal.length);
		if (literal.length > MAX_LITERAL_LENGTH || end > NEEDLES_SIZE) {
			return undefined;
		}

		this.bytes[address + NEEDLE_LENGTH] = literal.length;
		this.bytes[address + NEEDLE_FIRST] = first;
		this.bytes[address + NEEDLE_SECOND] = second;
		this.bytes.set(literal, address + NEEDLE_LITERAL);
		this.bytes.set(fold, address + NEEDLE_LITERAL + literal.length);
		this.#needlesEnd = end;
		return address;
	}
}

let searchMemory: SearchMemory | null | undefined;

/** This thread's search memory, or undefined where WebAssembly SIMD is not available. */
export function theSearchMemory(): SearchMemory | undefined {
	if (searchMemory === undefined) {
		const module = findLiteralModule(Math.ceil(MEMORY_SIZE / PAGE_SIZE));
		// Node run with --jitless has no WebAssembly at all.
		searchMemory = typeof WebAssembly === 'object' && WebAssembly.validate(module) ? new SearchMemory(module) : null;
	}

	return searchMemory ?? undefined;
}
