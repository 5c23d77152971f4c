import type {CaselessNeedle} from '../search/caseless-needle.ts';

const NEWLINE = 10;

/** Bytes to look for: as they are, or regardless of case. */
export type Needle = Buffer | CaselessNeedle;

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
	forEachLineSpanContaining(bytes, needles, companions, (lineStart, lineEnd) => {
		const text = bytes.toString('utf8', lineStart, lineEnd);
		visit(text, 0, text.length);
	});
}

/** The same, as the lines' bounds within `bytes` (the newline excluded). */
export function forEachLineSpanContaining(bytes: Buffer, needles: Needle[], companions: Needle[], visit: (lineStart: number, lineEnd: number) => void): void {
	const lineStarts = needles.length === 1
		? lineStartsOf(bytes, needles[0]!)
		: [...new Set(needles.flatMap(needle => lineStartsOf(bytes, needle)))].sort((a, b) => a - b);
	for (const lineStart of lineStarts) {
		const lineEnd = bytes.indexOf(NEWLINE, lineStart);
		if (companions.length === 0 || containsAll(bytes.subarray(lineStart, lineEnd), companions)) {
			visit(lineStart, lineEnd);
		}
	}
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

function lineStartsOf(bytes: Buffer, needle: Needle): number[] {
	const lineStarts = [];
	for (let hit = indexIn(bytes, needle, 0); hit >= 0;) {
		lineStarts.push(hit === 0 ? 0 : bytes.lastIndexOf(NEWLINE, hit - 1) + 1);
		hit = indexIn(bytes, needle, bytes.indexOf(NEWLINE, hit) + 1);
	}

	return lineStarts;
}

function indexIn(bytes: Buffer, needle: Needle, from: number): number {
	return Buffer.isBuffer(needle) ? bytes.indexOf(needle, from) : needle.indexIn(bytes, from);
}
