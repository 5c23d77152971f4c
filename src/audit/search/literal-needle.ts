import {theSearchMemory} from './simd/search-memory.ts';

const LOWER_A = 97;
const LOWER_Z = 122;
const CASE_BIT = 32;

/** Looks for bytes in bytes the search memory does not hold. */
type Fallback = {indexIn: (bytes: Buffer, from: number) => number};

/**
 * A literal looked for in a log read into the search memory with SIMD, two of its rarest bytes first; elsewhere, the
 * way `fallback` looks for it. Regardless of case, the literal is in lower case and ASCII letters match either case.
 */
export class LiteralNeedle {
	readonly #length: number;
	readonly #ignoreCase: boolean;
	readonly #address: number | undefined;
	readonly #fallback: Fallback;

	/** `counts`: how often each byte occurs in text like that searched. */
	constructor(literal: Uint8Array, ignoreCase: boolean, counts: Uint32Array, fallback: Fallback) {
		this.#length = literal.length;
		this.#ignoreCase = ignoreCase;
		this.#fallback = fallback;
		const fold = literal.map(byte => ignoreCase && isLowerCaseLetter(byte) ? CASE_BIT : 0);
		const frequency = (index: number) => counts[literal[index]!]! + (fold[index] === 0 ? 0 : counts[literal[index]! ^ CASE_BIT]!);
		const [first, second = first] = Array.from(literal.keys()).sort((a, b) => frequency(a) - frequency(b));
		this.#address = literal.length === 0 ? undefined : theSearchMemory()?.addNeedle(literal, fold, first!, second!);
	}

	/** Where the literal is in `bytes` at or after `from` (for the fallback, somewhere in it), or -1. */
	indexIn(bytes: Buffer, from: number): number {
		const memory = theSearchMemory();
		if (this.#address === undefined || memory === undefined || !memory.holds(bytes)) {
			return this.#fallback.indexIn(bytes, from);
		}

		const start = bytes.byteOffset;
		const find = this.#ignoreCase ? memory.findCaseless : memory.find;
		const hit = find(start + from, start + bytes.length - this.#length + 1, this.#address);
		return hit < 0 ? -1 : hit - start;
	}
}

function isLowerCaseLetter(byte: number): boolean {
	return byte >= LOWER_A && byte <= LOWER_Z;
}
