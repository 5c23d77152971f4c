import type {CommandLine} from './command-line.ts';
import type {Damage} from './damage.ts';
import {decodePieces} from './decode-pieces.ts';
import {readLineChunks, WHOLE_FILE, type ByteRange} from './line-chunks.ts';
import {forEachLine, forEachLineContaining, forEachLineMatching, type LineVisitor, type Needle} from './line-visitors.ts';
import {parallelLineChunks, type ParallelScan} from './parallel-chunks.ts';
import {parseLogLine} from './parse-line.ts';
import {sampledNeedles} from '../search/rare-needle.ts';

/** Which lines a scan wants, and how it can avoid parsing the others. */
export type LineFilter = {
	keep: (line: CommandLine) => boolean;
	/** Every wanted line contains one of these: only lines holding one are decoded and parsed. */
	needles?: Needle[];
	/** And all of these. */
	companions?: Needle[];
	/** Without needles: a regular expression (flags g and m) that stops in every wanted line of a decoded chunk. */
	scanner?: RegExp;
	/** The search pattern the needles or scanner come from: a worker thread can make the same to share the scan. */
	pattern?: ParallelScan['pattern'];
};

export const EVERY_LINE: LineFilter = {keep: () => true};

export type ScanOptions = {
	filter?: LineFilter;
	/** Only this part of the file. */
	range?: ByteRange;
	/** session.log lines by default. */
	parseLine?: (text: string, lineStart: number, lineEnd: number) => CommandLine | undefined;
	/** How a scan with a pattern shares its work with a worker thread, when not as by default. */
	parallel?: Omit<ParallelScan, 'pattern'>;
};

/**
 * The wanted lines of a text log, in batches of at most a decoded piece's worth. Damaged lines among those parsed
 * are skipped and counted.
 */
export async function* scanLines(file: string, damage: Damage, options: ScanOptions = {}): AsyncGenerator<CommandLine[]> {
	const {filter = EVERY_LINE, range, parseLine = parseLogLine} = options;
	const chunks = filter.pattern !== undefined && costlyPrefilter(filter)
		? parallelLineChunks(file, damage, range ?? WHOLE_FILE, {...options.parallel, pattern: filter.pattern})
		: readLineChunks(file, damage, range);
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

	for await (const bytes of chunks) {
		// The first chunk tells which bytes are rare in this log.
		needles ??= filter.needles && sampledNeedles(filter.needles, bytes);
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

// A worker thread takes some 30 ms to start, and the blocks it takes are not read ahead: worth it when testing the
// bytes costs much more than reading them, as a regular expression over decoded text does. A literal, regardless of
// case or not, is looked for faster than it is read (SIMD).
function costlyPrefilter({needles, scanner}: LineFilter): boolean {
	return needles === undefined && scanner !== undefined;
}
