import {sha256Hex} from '../integrity/sha256-hex.ts';

export const UNKNOWN_SESSION = 'unknown';

// Hashed rather than truncated: Codex (UUIDv7) and OpenCode (ses_ + time) ids share their leading characters.
export function shortId(sessionId: string | undefined): string {
	return sessionId === undefined ? UNKNOWN_SESSION : sha256Hex(sessionId).slice(0, 8);
}
