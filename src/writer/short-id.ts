import {sha256} from '@noble/hashes/sha2.js';
import {bytesToHex, utf8ToBytes} from '@noble/hashes/utils.js';

export const UNKNOWN_SESSION = 'unknown';

// Hashed rather than truncated: Codex (UUIDv7) and OpenCode (ses_ + time) ids share their leading characters.
// Pure-JS SHA-256: node:crypto's first use initialises OpenSSL, a few ms on every hook start.
export function shortId(sessionId: string | undefined): string {
	if (sessionId === undefined) {
		return UNKNOWN_SESSION;
	}

	return bytesToHex(sha256(utf8ToBytes(sessionId))).slice(0, 8);
}
