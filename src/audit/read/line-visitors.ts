import type {CaselessNeedle} from '../search/caseless-needle.ts';
import type {LiteralNeedle} from '../search/literal-needle.ts';
import {decodePiece} from './decode-pieces.ts';
import {PackedLines} from './packed-lines.ts';

const NEWLINE = 10;

/** Bytes to look for: as they are, or regardless of case; as sampled from a log, with SIMD where it can be. */
export type Needle = Buffer | CaselessNeedle | LiteralNeedle;

/** Called with a line's bounds within `text` (the newline excluded). */
export type LineVisitor = (text: string, lineStart: number, lineEnd: number) => void;

/** Every line of a decoded chunk of whole lines. */
export function forEachLine(text: string, visit: LineVisitor): void {
	for (let lineStart = 0; lineStart < text.length;) {
		const lineEnd = text.indexOf('\n', lineStart);
		visit(text, lineStart, lineEnd);
		lineStart = lineEnd + 1;
	}
}

/**
 * The lines of a chunk of whole lines that contain one of the needles and all the companions, in order, the way grep
 * does it: found as bytes, and only those lines decoded.
 */
export function forEachLineContaining(bytes: Buffer, needles: Needle[], companions: Needle[], visit: LineVisitor): void {
	// Copied together and decoded in one go: a call into Node to decode each line would cost more than its copy.
	found.clear();
	forEachLineSpanContaining(bytes, needles, companions, (lineStart, lineEnd) => found.copy(bytes, lineStart, lineEnd + 1));
	if (found.length > 0) {
		forEachLine(decodePiece(found.bytes()), visit);
	}
}

const found = new PackedLines();

/** The same, as the lines' bounds within `bytes` (the newline excluded). */
export function forEachLineSpanContaining(bytes: Buffer, needles: Needle[], companions: Needle[], visit: (lineStart: number, lineEnd: number) => void): void {
	// Each needle's next hit: the lines are visited in order, each once, whichever needles it holds.
	const hits = needles.map(needle => indexIn(bytes, needle, 0));
	for (let hit = earliest(hits); hit >= 0; hit = earliest(hits)) {
		const lineStart = hit === 0 ? 0 : bytes.lastIndexOf(NEWLINE, hit - 1) + 1;
		const lineEnd = bytes.indexOf(NEWLINE, hit);
		if (companions.length === 0 || containsAll(bytes.subarray(lineStart, lineEnd), companions)) {
			visit(lineStart, lineEnd);
		}

		// Indexed: this runs for every line found, and an iterator would be made for each.
		for (let index = 0; index < needles.length; index++) {
			if (hits[index]! >= 0 && hits[index]! < lineEnd) {
				hits[index] = indexIn(bytes, needles[index]!, lineEnd + 1);
			}
		}
	}
}

// The smallest of the hits that are some (-1: none left).
function earliest(hits: number[]): number {
	let first = -1;
	for (const hit of hits) {
		if (hit >= 0 && (first < 0 || hit < first)) {
			first = hit;
		}
	}

	return first;
}

function containsAll(line: Buffer, companions: Needle[]): boolean {
	return companions.every(companion => indexIn(line, companion, 0) >= 0);
}

/** The lines of a decoded chunk in which a regular expression (flags g and m) stops; the others are not looked at. */
export function forEachLineMatching(text: string, scanner: RegExp, visit: LineVisitor): void {
	scanner.lastIndex = 0;
	for (let match = scanner.exec(text); match !== null && match.index < text.length; match = scanner.exec(text)) {
		const lineStart = match.index === 0 ? 0 : text.lastIndexOf('\n', match.index - 1) + 1;
		const lineEnd = text.indexOf('\n', match.index);
		visit(text, lineStart, lineEnd);
		scanner.lastIndex = lineEnd + 1;
	}
}

function indexIn(bytes: Buffer, needle: Needle, from: number): number {
	return Buffer.isBuffer(needle) ? bytes.indexOf(needle, from) : needle.indexIn(bytes, from);
}
