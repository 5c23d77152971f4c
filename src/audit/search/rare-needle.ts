import type {Needle} from '../read/line-visitors.ts';

// Buffer#indexOf looks for a needle of up to 6 bytes by stopping at each occurrence of its first byte (memchr), and
// for a longer one with Boyer-Moore-Horspool, which agents' logs, short words in a small alphabet, slow down. So the
// needle is a few bytes of the required literal that start with the byte rarest in the log: `git push` is looked
// for as `git pu`, `docker compose` as `ker co` (four times as fast), `install.sh` as `.sh`.
const MIN_LENGTH = 3;
const MAX_LENGTH = 6;
// Enough of the log to tell its rare bytes.
const SAMPLE_SIZE = 1 << 18;

/** At most 6 bytes of `literal`, starting with its byte that is rarest in (the start of) `sample`: still in every match. */
export function rareNeedle(literal: Buffer, sample: Buffer): Buffer {
	if (literal.length <= MIN_LENGTH) {
		return literal;
	}

	const counts = new Uint32Array(256);
	// Indexed: a buffer's iterator costs several times more, on 256 KB.
	for (let index = 0; index < Math.min(sample.length, SAMPLE_SIZE); index++) {
		counts[sample[index]!]!++;
	}

	let rarest = 0;
	for (let index = 1; index <= literal.length - MIN_LENGTH; index++) {
		if (counts[literal[index]!]! < counts[literal[rarest]!]!) {
			rarest = index;
		}
	}

	return literal.subarray(rarest, rarest + MAX_LENGTH);
}

/** Each needle as it is best looked for in text like `sample`: a literal from its rarest byte; regardless of case, whole. */
export function sampledNeedles(needles: Needle[], sample: Buffer): Needle[] {
	return needles.map(needle => Buffer.isBuffer(needle) ? rareNeedle(needle, sample) : needle);
}
