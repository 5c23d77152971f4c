const FLUSH_SIZE = 1 << 16;

/**
 * Standard output, written in large pieces. When the reader goes away (`| head`: EPIPE), `closed` turns true and
 * queries stop reading: nobody is left to tell.
 */
export class Output {
	closed = false;
	#pending: string[] = [];
	#pendingLength = 0;
	readonly #stream: NodeJS.WritableStream;

	constructor(stream: NodeJS.WritableStream) {
		this.#stream = stream;
		stream.on('error', () => {
			this.closed = true;
		});
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
