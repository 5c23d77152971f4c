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
	const lineStarts = needles.length === 1
		? lineStartsOf(bytes, needles[0]!)
		: [...new Set(needles.flatMap(needle => lineStartsOf(bytes, needle)))].sort((a, b) => a - b);
	for (const lineStart of lineStarts) {
		const lineEnd = bytes.indexOf(NEWLINE, lineStart);
		const line = bytes.subarray(lineStart, lineEnd);
		if (companions.every(companion => indexIn(line, companion, 0) >= 0)) {
			const text = line.toString();
			visit(text, 0, text.length);
		}
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
