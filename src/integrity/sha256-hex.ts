import {sha256} from '@noble/hashes/sha2.js';
import {bytesToHex} from '@noble/hashes/utils.js';

// Pure-JS SHA-256: node:crypto's first use initialises OpenSSL, a few ms on every hook start.
export function sha256Hex(data: string | Uint8Array): string {
	return bytesToHex(sha256(typeof data === 'string' ? Buffer.from(data) : data));
}
