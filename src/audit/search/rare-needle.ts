import type {Needle} from '../read/line-visitors.ts';
import {CaselessNeedle} from './caseless-needle.ts';
import {LiteralNeedle} from './literal-needle.ts';

// Buffer#indexOf looks for a needle of up to 6 bytes by stopping at each occurrence of its first byte (memchr), and
// for a longer one with Boyer-Moore-Horspool, which agents' logs, short words in a small alphabet, slow down. So,
// where a log is not in the search memory, the needle is a few bytes of the required literal that start with the byte
// rarest in the log: `git push` is looked for as `git pu`, `docker compose` as `ker co` (four times as fast),
// `install.sh` as `.sh`.
const MIN_LENGTH = 3;
const MAX_LENGTH = 6;
// Enough of the log to tell its rare bytes.
const SAMPLE_SIZE = 1 << 16;

/** How often each byte occurs in (the start of) `sample`. */
function byteCounts(sample: Buffer): Uint32Array {
	const counts = new Uint32Array(256);
	// Indexed: a buffer's iterator costs several times more.
	for (let index = 0; index < Math.min(sample.length, SAMPLE_SIZE); index++) {
		counts[sample[index]!]!++;
	}

	return counts;
}

/** At most 6 bytes of `literal`, starting with its byte that is rarest by `counts`: still in every match. */
export function rareNeedle(literal: Buffer, counts: Uint32Array): Buffer {
	if (literal.length <= MIN_LENGTH) {
		return literal;
	}

	let rarest = 0;
	for (let index = 1; index <= literal.length - MIN_LENGTH; index++) {
		if (counts[literal[index]!]! < counts[literal[rarest]!]!) {
			rarest = index;
		}
	}

	return literal.subarray(rarest, rarest + MAX_LENGTH);
}

/** Each needle as it is best looked for in text like `sample`, with SIMD by its two rarest bytes where it can be. */
export function sampledNeedles(needles: Needle[], sample: Buffer): Needle[] {
	const counts = byteCounts(sample);
	return needles.map(needle => {
		if (Buffer.isBuffer(needle)) {
			const rare = rareNeedle(needle, counts);
			return new LiteralNeedle(needle, false, counts, {indexIn: (bytes, from) => bytes.indexOf(rare, from)});
		}

		return needle instanceof CaselessNeedle ? new LiteralNeedle(needle.folded, true, counts, needle) : needle;
	});
}
