import {createHash, randomBytes} from 'node:crypto';
import {describe, expect, it} from 'vitest';
import {createSha256, sha256Hex} from '../../src/integrity/sha256-hex.ts';
import {seededRandom} from '../helpers/hostile-payloads.ts';

const reference = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

describe('sha256Hex', () => {
	it('gives the FIPS 180-4 example digests', () => {
		expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
		expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
		expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
		expect(sha256Hex('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
	});

	it('agrees with node:crypto on every length around the block and padding edges, text and bytes', () => {
		for (let length = 0; length <= 300; length++) {
			const bytes = randomBytes(length);
			expect(sha256Hex(bytes), `${length} bytes`).toBe(reference(bytes));
			const text = `é€${'x'.repeat(length)}\u{1F600}`;
			expect(sha256Hex(text), `text of ${length}`).toBe(reference(text));
		}
	});

	it('fed in parts, gives the digest of the whole', () => {
		const random = seededRandom(2026);
		for (let trial = 0; trial < 200; trial++) {
			const parts = Array.from({length: 1 + Math.floor(random() * 6)}, () => 'ab€'.repeat(Math.floor(random() * 70)));
			const hasher = createSha256();
			for (const part of parts) {
				hasher.update(part);
			}

			expect(hasher.digestHex()).toBe(reference(parts.join('')));
		}
	});
});
