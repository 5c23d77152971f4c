import {sha256} from '@noble/hashes/sha2.js';
import {bytesToHex} from '@noble/hashes/utils.js';

// Pure-JS SHA-256: loading node:crypto (and the stream modules it pulls in) costs milliseconds on every hook start.
export function sha256Hex(data: string | Uint8Array): string {
	return bytesToHex(sha256(typeof data === 'string' ? Buffer.from(data) : data));
}

/** A SHA-256 fed in parts. */
export function createSha256() {
	const hasher = sha256.create();
	return {
		update(data: string) {
			hasher.update(Buffer.from(data));
			return this;
		},
		digestHex: () => bytesToHex(hasher.digest()),
	};
}
