const INITIAL_SIZE = 1 << 19;

/** Whole lines copied one after another into one reused buffer: a chunk of lines for another thread. */
export class PackedLines {
	#buffer = Buffer.allocUnsafe(INITIAL_SIZE);
	#length = 0;

	get length(): number {
		return this.#length;
	}

	/** `bytes` from `start` to `end`, a line and its newline. */
	copy(bytes: Buffer, start: number, end: number): void {
		this.#reserve(end - start);
		this.#length += bytes.copy(this.#buffer, this.#length, start, end);
	}

	/** A line (with its newline) as text. */
	write(text: string): void {
		this.#reserve(Buffer.byteLength(text));
		this.#length += this.#buffer.write(text, this.#length);
	}

	/** The lines so far; valid until the next change. */
	bytes(): Buffer {
		return this.#buffer.subarray(0, this.#length);
	}

	clear(): void {
		this.#length = 0;
	}

	#reserve(bytes: number): void {
		if (this.#length + bytes > this.#buffer.length) {
			const larger = Buffer.allocUnsafe(Math.max(this.#buffer.length * 2, this.#length + bytes));
			this.#buffer.copy(larger, 0, 0, this.#length);
			this.#buffer = larger;
		}
	}
}
