const NEWLINE = 10;

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
export function forEachLineContaining(bytes: Buffer, needles: Buffer[], companions: Buffer[], visit: LineVisitor): void {
	const lineStarts = needles.length === 1
		? lineStartsOf(bytes, needles[0]!)
		: [...new Set(needles.flatMap(needle => lineStartsOf(bytes, needle)))].sort((a, b) => a - b);
	for (const lineStart of lineStarts) {
		const lineEnd = bytes.indexOf(NEWLINE, lineStart);
		const line = bytes.subarray(lineStart, lineEnd);
		if (companions.every(companion => line.includes(companion))) {
			const text = line.toString();
			visit(text, 0, text.length);
		}
	}
}

function lineStartsOf(bytes: Buffer, needle: Buffer): number[] {
	const lineStarts = [];
	for (let hit = bytes.indexOf(needle); hit >= 0;) {
		lineStarts.push(hit === 0 ? 0 : bytes.lastIndexOf(NEWLINE, hit - 1) + 1);
		hit = bytes.indexOf(needle, bytes.indexOf(NEWLINE, hit) + 1);
	}

	return lineStarts;
}
