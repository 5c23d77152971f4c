import type {CommandLine} from './command-line.ts';
import type {Damage} from './damage.ts';
import {decodePieces} from './decode-pieces.ts';
import {readLineChunks, type ByteRange} from './line-chunks.ts';
import {forEachLine, forEachLineContaining, type LineVisitor, type Needle} from './line-visitors.ts';
import {parseLogLine} from './parse-line.ts';
import {rareNeedle} from '../search/rare-needle.ts';

/** Which lines a scan wants, and how it can avoid parsing the others. */
export type LineFilter = {
	keep: (line: CommandLine) => boolean;
	/** Every wanted line contains one of these: only lines holding one are decoded and parsed. */
	needles?: Needle[];
	/** And all of these. */
	companions?: Needle[];
	/** Without needles: a regular expression (flags g and m) that stops in every wanted line of a decoded chunk. */
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
 * The wanted lines of a text log, in batches of at most a decoded piece's worth. Damaged lines among those parsed
 * are skipped and counted.
 */
export async function* scanLines(file: string, damage: Damage, options: ScanOptions = {}): AsyncGenerator<CommandLine[]> {
	const {filter = EVERY_LINE, range, parseLine = parseLogLine} = options;
	let needles: Needle[] | undefined;
	let batch: CommandLine[] = [];
	const keepWanted: LineVisitor = (text, lineStart, lineEnd) => {
		const line = parseLine(text, lineStart, lineEnd);
		if (line === undefined) {
			damage.skipLine();
		} else if (filter.keep(line)) {
			batch.push(line);
		}
	};

	// Small batches, handed on at once: few lines are alive when the garbage collector runs, and it keeps the young
	// generation small (a scan of every line stays far under the memory budget).
	const handOn = () => {
		const full = batch;
		batch = [];
		return full;
	};

	for await (const bytes of readLineChunks(file, damage, range)) {
		// The first chunk tells which bytes are rare in this log.
		needles ??= filter.needles?.map(needle => Buffer.isBuffer(needle) ? rareNeedle(needle, bytes) : needle);
		if (needles !== undefined) {
			forEachLineContaining(bytes, needles, filter.companions ?? [], keepWanted);
			if (batch.length > 0) {
				yield handOn();
			}

			continue;
		}

		for (const text of decodePieces(bytes)) {
			if (filter.scanner === undefined) {
				forEachLine(text, keepWanted);
			} else {
				forEachLineMatching(text, filter.scanner, keepWanted);
			}

			// Each batch passes through several generators on its way out: an empty one costs as much, for nothing.
			if (batch.length > 0) {
				yield handOn();
			}
		}
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
