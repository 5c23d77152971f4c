import type {CommandLine} from './command-line.ts';
import type {Damage} from './damage.ts';
import {decodePieces} from './decode-pieces.ts';
import {readLineChunks, type ByteRange} from './line-chunks.ts';
import {forEachLine, forEachLineContaining, type LineVisitor} from './line-visitors.ts';
import {parseLogLine} from './parse-line.ts';

/** Which lines a scan wants, and how it can avoid parsing the others. */
export type LineFilter = {
	keep: (line: CommandLine) => boolean;
	/** Bytes every wanted line contains: only lines holding them are decoded and parsed. */
	needle?: Buffer;
	/** Without a needle: a regular expression (flags g and m) that stops in every wanted line of a decoded chunk. */
	scanner?: RegExp;
};

export const EVERY_LINE: LineFilter = {keep: () => true};

export type ScanOptions = {
	filter?: LineFilter;
	/** Only this part of the file. */
	range?: ByteRange;
	/** session.log lines by default. */
	parseLine?: (text: string, lineStart: number, lineEnd: number) => CommandLine | undefined;
};

/**
 * The wanted lines of a text log, in batches, one per chunk read. Damaged lines among those parsed are skipped and
 * counted.
 */
export async function* scanLines(file: string, damage: Damage, options: ScanOptions = {}): AsyncGenerator<CommandLine[]> {
	const {filter = EVERY_LINE, range, parseLine = parseLogLine} = options;
	for await (const bytes of readLineChunks(file, damage, range)) {
		const batch: CommandLine[] = [];
		const keepWanted: LineVisitor = (text, lineStart, lineEnd) => {
			const line = parseLine(text, lineStart, lineEnd);
			if (line === undefined) {
				damage.skipLine();
			} else if (filter.keep(line)) {
				batch.push(line);
			}
		};

		if (filter.needle === undefined) {
			for (const text of decodePieces(bytes)) {
				if (filter.scanner === undefined) {
					forEachLine(text, keepWanted);
				} else {
					forEachLineMatching(text, filter.scanner, keepWanted);
				}
			}
		} else {
			forEachLineContaining(bytes, filter.needle, keepWanted);
		}

		yield batch;
	}
}

// The regular expression runs over the whole chunk and only the lines it stops in are parsed.
function forEachLineMatching(text: string, scanner: RegExp, visit: LineVisitor): void {
	scanner.lastIndex = 0;
	for (let match = scanner.exec(text); match !== null && match.index < text.length; match = scanner.exec(text)) {
		const lineStart = match.index === 0 ? 0 : text.lastIndexOf('\n', match.index - 1) + 1;
		const lineEnd = text.indexOf('\n', match.index);
		visit(text, lineStart, lineEnd);
		scanner.lastIndex = lineEnd + 1;
	}
}
