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

/** The lines of a chunk of whole lines that contain `needle`, the way grep does it: found as bytes, then decoded. */
export function forEachLineContaining(bytes: Buffer, needle: Buffer, visit: LineVisitor): void {
	for (let hit = bytes.indexOf(needle); hit >= 0;) {
		const lineStart = hit === 0 ? 0 : bytes.lastIndexOf(NEWLINE, hit - 1) + 1;
		const lineEnd = bytes.indexOf(NEWLINE, hit);
		const text = bytes.toString('utf8', lineStart, lineEnd);
		visit(text, 0, text.length);
		hit = bytes.indexOf(needle, lineEnd + 1);
	}
}
