import {readSync} from 'node:fs';

// Small first (the line wanted is usually the last one), then larger for long lines.
const FIRST_CHUNK = 4096;
const MAX_CHUNK = 1024 * 1024;

export type LineAtEnd = {text: string; end: number};

/**
 * The file's complete lines, last first, each with the offset just after its newline; reads at most `maxBytes`
 * from the end. Bytes after the last newline (a torn tail) are not a line.
 */
export function * linesFromEnd(descriptor: number, size: number, maxBytes: number): Generator<LineAtEnd> {
	const floor = Math.max(0, size - maxBytes);
	let position = size;
	let pending: Buffer[] = [];
	let lineEnd: number | undefined;
	for (let chunkSize = FIRST_CHUNK; position > floor; chunkSize = Math.min(chunkSize * 4, MAX_CHUNK)) {
		const start = Math.max(floor, position - chunkSize);
		const chunk = Buffer.alloc(position - start);
		readSync(descriptor, chunk, 0, chunk.length, start);
		let cut = chunk.length;
		// Buffer#lastIndexOf, not a loop over bytes: a hook runs this cold, in V8's interpreter.
		for (let index = chunk.lastIndexOf(0x0A); index >= 0; index = index === 0 ? -1 : chunk.lastIndexOf(0x0A, index - 1)) {
			if (lineEnd !== undefined) {
				yield {text: Buffer.concat([chunk.subarray(index + 1, cut), ...pending]).toString(), end: lineEnd};
			}

			pending = [];
			cut = index;
			lineEnd = start + index + 1;
		}

		pending.unshift(chunk.subarray(0, cut));
		position = start;
	}

	if (floor === 0 && lineEnd !== undefined) {
		yield {text: Buffer.concat(pending).toString(), end: lineEnd};
	}
}
