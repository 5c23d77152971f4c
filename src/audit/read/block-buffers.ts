import {theSearchMemory} from '../search/simd/search-memory.ts';

/**
 * A buffer of `size` bytes to read a block of a log into, contents unspecified: a slot of the search memory while one
 * is free, where literals are looked for fastest.
 */
export function takeBuffer(size: number): Buffer {
	return theSearchMemory()?.takeSlot(size) ?? Buffer.allocUnsafe(size);
}

/** A buffer no longer read into nor looked at: a slot is free for the next reader. */
export function giveBack(buffer: Buffer): void {
	theSearchMemory()?.freeSlot(buffer);
}
