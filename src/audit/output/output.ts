const FLUSH_SIZE = 1 << 16;
const NEWLINE = 10;

// A stream gets one error listener, however many outputs write to it, and stays broken once its reader is gone.
const watchedStreams = new WeakSet<NodeJS.WritableStream>();
const brokenStreams = new WeakSet<NodeJS.WritableStream>();

/**
 * Standard output, written in large pieces, at the pace of its reader: a pipe to a slower reader (`| less`) takes
 * what it can, and the query waits for it to drain rather than queueing the rest of its answer in memory. When the
 * reader goes away (`| head`: EPIPE), `closed` turns true and queries stop reading: nobody is left to tell.
 */
export class Output {
	// Lines are copied in as bytes at once: a line kept as a string until the flush would keep alive the whole piece
	// of the log it was cut from, long enough for the garbage collector to move it to the old generation.
	#pending = Buffer.allocUnsafe(FLUSH_SIZE);
	#pendingLength = 0;
	#full = false;
	readonly #stream: NodeJS.WritableStream;

	constructor(stream: NodeJS.WritableStream) {
		this.#stream = stream;
		if (!watchedStreams.has(stream)) {
			watchedStreams.add(stream);
			stream.on('error', () => brokenStreams.add(stream));
		}
	}

	get closed(): boolean {
		return brokenStreams.has(this.#stream);
	}

	line(text: string): void {
		// At most 3 bytes of UTF-8 per UTF-16 unit, and the newline.
		if (this.#pendingLength + (text.length * 3) + 1 > FLUSH_SIZE) {
			this.flush();
			if ((text.length * 3) + 1 > FLUSH_SIZE) {
				this.#write(`${text}\n`);
				return;
			}
		}

		this.#pendingLength += this.#pending.write(text, this.#pendingLength);
		this.#pending[this.#pendingLength++] = NEWLINE;
	}

	/** Prints lines as they come, at the reader's pace. */
	async lines(texts: Iterable<string>): Promise<void> {
		for (const text of texts) {
			this.line(text);
			// Only when the stream said it was full: an await per line costs more than the line.
			if (this.#full) {
				await this.drained();
			}
		}
	}

	/** Resolves once the stream takes more, when it had said it was full. */
	async drained(): Promise<void> {
		if (!this.#full || this.closed) {
			return;
		}

		await new Promise<void>(resolve => {
			const done = () => {
				this.#stream.off('drain', done);
				this.#stream.off('error', done);
				resolve();
			};

			this.#stream.on('drain', done);
			this.#stream.on('error', done);
		});
		this.#full = false;
	}

	flush(): void {
		if (this.#pendingLength > 0) {
			// A stream may hold on to what it was given: the next lines go to a new buffer.
			this.#write(this.#pending.subarray(0, this.#pendingLength));
			this.#pending = Buffer.allocUnsafe(FLUSH_SIZE);
			this.#pendingLength = 0;
		}
	}

	#write(chunk: string | Buffer): void {
		if (!this.closed) {
			this.#full = !this.#stream.write(chunk);
		}
	}
}
