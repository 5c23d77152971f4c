import {isAscii} from 'node:buffer';

const NEWLINE = 10;
// Small pieces: the one being searched is what a young-generation collection finds alive and copies, and the more
// it copies, the more V8 grows the young generation. With 64 KB pieces a scan of every line of a 10-million-line log
// grew it to its 32 MB maximum; with 2 KB pieces it stays at 16 MB, for the same speed.
const PIECE_SIZE = 1 << 11;

/** A chunk of whole lines as text, in pieces of whole lines. */
export function* decodePieces(bytes: Buffer): Generator<string> {
	for (const piece of linePieces(bytes)) {
		yield decodePiece(piece);
	}
}

/** A chunk of whole lines in pieces of whole lines of about `size` bytes, as bytes. */
export function* linePieces(bytes: Buffer, size = PIECE_SIZE): Generator<Buffer> {
	for (let start = 0; start < bytes.length;) {
		const newline = bytes.indexOf(NEWLINE, Math.min(start + size, bytes.length) - 1);
		yield bytes.subarray(start, newline + 1);
		start = newline + 1;
	}
}

/** Mostly ASCII: then latin1 gives the same text several times faster than the UTF-8 decoder. */
export function decodePiece(piece: Buffer): string {
	return piece.toString(isAscii(piece) ? 'latin1' : 'utf8');
}
