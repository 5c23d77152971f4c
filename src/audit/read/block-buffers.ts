// A scan in blocks (the two threads of a parallel scan read dozens) would otherwise allocate its large read buffers
// anew for each, and hold hundreds of megabytes until the garbage collector noticed.
const POOLED_SIZE = 1 << 20;
const KEPT_PER_SIZE = 4;

const free = new Map<number, Buffer[]>();

/** A buffer of `size` bytes to read into, contents unspecified: a large one given back before, when there is one. */
export function takeBuffer(size: number): Buffer {
	return free.get(size)?.pop() ?? Buffer.allocUnsafe(size);
}

/** A buffer no longer read into nor looked at: large ones are kept for the next reader. */
export function giveBack(buffer: Buffer): void {
	if (buffer.length < POOLED_SIZE) {
		return;
	}

	const kept = free.get(buffer.length) ?? [];
	if (kept.length < KEPT_PER_SIZE) {
		kept.push(buffer);
		free.set(buffer.length, kept);
	}
}
