const FLUSH_SIZE = 1 << 16;

// A stream gets one error listener, however many outputs write to it, and stays broken once its reader is gone.
const watchedStreams = new WeakSet<NodeJS.WritableStream>();
const brokenStreams = new WeakSet<NodeJS.WritableStream>();

/**
 * Standard output, written in large pieces. When the reader goes away (`| head`: EPIPE), `closed` turns true and
 * queries stop reading: nobody is left to tell.
 */
export class Output {
	#pending: string[] = [];
	#pendingLength = 0;
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
		this.#pending.push(text, '\n');
		this.#pendingLength += text.length + 1;
		if (this.#pendingLength >= FLUSH_SIZE) {
			this.flush();
		}
	}

	flush(): void {
		if (this.#pending.length > 0 && !this.closed) {
			this.#stream.write(this.#pending.join(''));
		}

		this.#pending = [];
		this.#pendingLength = 0;
	}
}
