// SHA-256 (FIPS 180-4) of our own, for a hook process that lives a few milliseconds. node:crypto would pull in Node's
// stream modules (milliseconds at every start); a general-purpose JS library calls a helper per rotation and per
// word, and in V8's interpreter, where a hook's code runs, each call costs more than the arithmetic it does. Here
// each round is written out. The tests check it against node:crypto.

const ROUND_CONSTANTS = Int32Array.of(
	0x428A2F98, 0x71374491, 0xB5C0FBCF, 0xE9B5DBA5, 0x3956C25B, 0x59F111F1, 0x923F82A4, 0xAB1C5ED5,
	0xD807AA98, 0x12835B01, 0x243185BE, 0x550C7DC3, 0x72BE5D74, 0x80DEB1FE, 0x9BDC06A7, 0xC19BF174,
	0xE49B69C1, 0xEFBE4786, 0x0FC19DC6, 0x240CA1CC, 0x2DE92C6F, 0x4A7484AA, 0x5CB0A9DC, 0x76F988DA,
	0x983E5152, 0xA831C66D, 0xB00327C8, 0xBF597FC7, 0xC6E00BF3, 0xD5A79147, 0x06CA6351, 0x14292967,
	0x27B70A85, 0x2E1B2138, 0x4D2C6DFC, 0x53380D13, 0x650A7354, 0x766A0ABB, 0x81C2C92E, 0x92722C85,
	0xA2BFE8A1, 0xA81A664B, 0xC24B8B70, 0xC76C51A3, 0xD192E819, 0xD6990624, 0xF40E3585, 0x106AA070,
	0x19A4C116, 0x1E376C08, 0x2748774C, 0x34B0BCB5, 0x391C0CB3, 0x4ED8AA4A, 0x5B9CCA4F, 0x682E6FF3,
	0x748F82EE, 0x78A5636F, 0x84C87814, 0x8CC70208, 0x90BEFFFA, 0xA4506CEB, 0xBEF9A3F7, 0xC67178F2,
);
const INITIAL_STATE = Int32Array.of(0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19);
const BLOCK_BYTES = 64;

export type Sha256 = {
	update: (data: string) => Sha256;
	digestHex: () => string;
};

export function sha256Hex(data: string | Uint8Array): string {
	const hasher = new Hasher();
	hasher.update(typeof data === 'string' ? Buffer.from(data) : data);
	return hasher.digestHex();
}

/** A SHA-256 fed in parts (UTF-8 text). */
export function createSha256(): Sha256 {
	const hasher = new Hasher();
	const fed: Sha256 = {
		update(data) {
			hasher.update(Buffer.from(data));
			return fed;
		},
		digestHex: () => hasher.digestHex(),
	};
	return fed;
}

// One schedule for every hasher: compress never runs twice at once.
const SCHEDULE = new Int32Array(64);
const HEX_BYTES = Array.from({length: 256}, (_, byte) => byte.toString(16).padStart(2, '0'));

class Hasher {
	private readonly state = INITIAL_STATE.slice();
	private readonly pending = new Uint8Array(BLOCK_BYTES);
	private pendingBytes = 0;
	private totalBytes = 0;

	update(bytes: Uint8Array): void {
		this.totalBytes += bytes.length;
		let offset = 0;
		if (this.pendingBytes > 0) {
			offset = Math.min(BLOCK_BYTES - this.pendingBytes, bytes.length);
			this.pending.set(bytes.subarray(0, offset), this.pendingBytes);
			this.pendingBytes += offset;
			if (this.pendingBytes < BLOCK_BYTES) {
				return;
			}

			compress(this.state, this.pending, 0);
			this.pendingBytes = 0;
		}

		for (; offset + BLOCK_BYTES <= bytes.length; offset += BLOCK_BYTES) {
			compress(this.state, bytes, offset);
		}

		this.pending.set(bytes.subarray(offset));
		this.pendingBytes = bytes.length - offset;
	}

	digestHex(): string {
		// Padding: a 1 bit, zeros, and the length in bits as a 64-bit big-endian number, in the last 8 bytes.
		const block = this.pending;
		let used = this.pendingBytes;
		block[used++] = 0x80;
		if (used > BLOCK_BYTES - 8) {
			block.fill(0, used);
			compress(this.state, block, 0);
			used = 0;
		}

		block.fill(0, used, BLOCK_BYTES - 8);
		const bits = this.totalBytes * 8;
		writeWord(block, BLOCK_BYTES - 8, Math.floor(bits / 2 ** 32));
		writeWord(block, BLOCK_BYTES - 4, bits);
		compress(this.state, block, 0);
		let hex = '';
		for (const word of this.state) {
			hex += HEX_BYTES[(word >>> 24) & 0xFF]! + HEX_BYTES[(word >>> 16) & 0xFF]! + HEX_BYTES[(word >>> 8) & 0xFF]! + HEX_BYTES[word & 0xFF]!;
		}

		return hex;
	}
}

function writeWord(bytes: Uint8Array, offset: number, word: number): void {
	bytes[offset] = word >>> 24;
	bytes[offset + 1] = word >>> 16;
	bytes[offset + 2] = word >>> 8;
	bytes[offset + 3] = word;
}

function compress(state: Int32Array, bytes: Uint8Array, offset: number): void {
	const words = SCHEDULE;
	for (let index = 0; index < 16; index++, offset += 4) {
		words[index] = (bytes[offset]! << 24) | (bytes[offset + 1]! << 16) | (bytes[offset + 2]! << 8) | bytes[offset + 3]!;
	}

	for (let index = 16; index < 64; index++) {
		const w15 = words[index - 15]!;
		const w2 = words[index - 2]!;
		const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
		const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
		words[index] = (s1 + words[index - 7]! + s0 + words[index - 16]!) | 0;
	}

	let a = state[0]!;
	let b = state[1]!;
	let c = state[2]!;
	let d = state[3]!;
	let e = state[4]!;
	let f = state[5]!;
	let g = state[6]!;
	let h = state[7]!;
	for (let index = 0; index < 64; index++) {
		const sum1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
		const temporary1 = (h + sum1 + ((e & f) ^ (~e & g)) + ROUND_CONSTANTS[index]! + words[index]!) | 0;
		const sum0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
		const temporary2 = (sum0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
		h = g;
		g = f;
		f = e;
		e = (d + temporary1) | 0;
		d = c;
		c = b;
		b = a;
		a = (temporary1 + temporary2) | 0;
	}

	state[0] = (state[0]! + a) | 0;
	state[1] = (state[1]! + b) | 0;
	state[2] = (state[2]! + c) | 0;
	state[3] = (state[3]! + d) | 0;
	state[4] = (state[4]! + e) | 0;
	state[5] = (state[5]! + f) | 0;
	state[6] = (state[6]! + g) | 0;
	state[7] = (state[7]! + h) | 0;
}
