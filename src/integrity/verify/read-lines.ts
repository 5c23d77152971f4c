import {createReadStream} from 'node:fs';
import {createInterface} from 'node:readline';

export type FileLines = {lines: string[]; endsWithNewline: boolean};

/** A file's lines split on `\n` only (U+2028 and `\r` are data here); undefined when the file does not exist. */
export async function readFileLines(file: string): Promise<FileLines | undefined> {
	const lines: string[] = [];
	let lastByte: number | undefined;
	try {
		const stream = createReadStream(file);
		stream.on('data', chunk => {
			lastByte = (chunk as Buffer).at(-1);
		});
		for await (const line of createInterface({input: stream, crlfDelay: Number.POSITIVE_INFINITY})) {
			lines.push(line);
		}
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			return undefined;
		}

		throw error;
	}

	return {lines, endsWithNewline: lastByte === undefined || lastByte === 0x0A};
}
