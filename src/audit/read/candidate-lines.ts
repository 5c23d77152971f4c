import {decodePiece, linePieces} from './decode-pieces.ts';
import {forEachLineMatching, forEachLineSpanContaining, type Needle} from './line-visitors.ts';
import type {PackedLines} from './packed-lines.ts';

/** What a filter looks for before any line is parsed: enough to tell the lines that may be wanted. */
export type Prefilter = {needles?: Needle[]; companions?: Needle[]; scanner?: RegExp};

/**
 * Copies the lines of a chunk of whole lines that the prefilter lets through, in order, with their newlines: a
 * chunk of its own that the scan's filter, run again over it, reads as it would have read them in the original.
 */
export function packCandidateLines(bytes: Buffer, prefilter: Prefilter, into: PackedLines): void {
	const {needles, companions = [], scanner} = prefilter;
	if (needles !== undefined) {
		forEachLineSpanContaining(bytes, needles, companions, (lineStart, lineEnd) => into.copy(bytes, lineStart, lineEnd + 1));
		return;
	}

	if (scanner === undefined) {
		into.copy(bytes, 0, bytes.length);
		return;
	}

	for (const piece of linePieces(bytes)) {
		const text = decodePiece(piece);
		// One character per byte (ASCII, or bytes that do not decode): the line's bytes are where its characters are.
		const byteForCharacter = text.length === piece.length;
		forEachLineMatching(text, scanner, (_, lineStart, lineEnd) => {
			if (byteForCharacter) {
				into.copy(piece, lineStart, lineEnd + 1);
			} else {
				into.write(text.slice(lineStart, lineEnd + 1));
			}
		});
	}
}
