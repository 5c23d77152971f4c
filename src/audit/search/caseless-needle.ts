const UPPER_A = 65;
const UPPER_Z = 90;
const CASE_BIT = 32;

// ASCII letters folded to lower case; every other byte as it is.
const FOLDED = Uint8Array.from({length: 256}, (_, byte) => byte >= UPPER_A && byte <= UPPER_Z ? byte | CASE_BIT : byte);

/**
 * An ASCII literal looked for as bytes regardless of case, the way a case-insensitive grep does: Boyer-Moore-Horspool
 * over bytes folded on the fly, so that no case-folded copy of the text is made. Without the `u` flag a JavaScript
 * regular expression folds ASCII letters only to each other, so ASCII folding finds every line the `i` flag matches.
 */
export class CaselessNeedle {
	readonly #folded: Uint8Array;
	// How far the window may move on when its last byte is this one.
	readonly #shifts: Int32Array;

	/** `literal`: ASCII only. */
	constructor(literal: string) {
		this.#folded = Uint8Array.from(Buffer.from(literal, 'latin1'), byte => FOLDED[byte]!);
		const allButLast = this.#folded.subarray(0, -1);
		this.#shifts = Int32Array.from({length: 256}, (_, byte) => allButLast.length - allButLast.lastIndexOf(FOLDED[byte]!));
	}

	/** The literal, its ASCII letters in lower case. */
	get folded(): Uint8Array {
		return this.#folded;
	}

	/** Where the literal first starts in `bytes` at or after `from`, or -1. */
	indexIn(bytes: Uint8Array, from = 0): number {
		// Fields read once: this loop runs over every byte of a log.
		const needle = this.#folded;
		const shifts = this.#shifts;
		const last = needle.length - 1;
		const lastByte = needle[last]!;
		const length = bytes.length;
		for (let end = from + last; end < length;) {
			const byte = bytes[end]!;
			if (FOLDED[byte] === lastByte && this.#endsAt(bytes, end)) {
				return end - last;
			}

			end += shifts[byte]!;
		}

		return -1;
	}

	#endsAt(bytes: Uint8Array, end: number): boolean {
		const needle = this.#folded;
		for (let index = needle.length - 2, position = end - 1; index >= 0; index--, position--) {
			if (FOLDED[bytes[position]!] !== needle[index]) {
				return false;
			}
		}

		return true;
	}
}
