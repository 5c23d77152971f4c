import {createHash} from 'node:crypto';

export const UNKNOWN_SESSION = 'unknown';

// Hashed rather than truncated: Codex (UUIDv7) and OpenCode (ses_ + time) ids share their leading characters.
export function shortId(sessionId: string | undefined): string {
	if (sessionId === undefined) {
		return UNKNOWN_SESSION;
	}

	return createHash('sha256').update(sessionId).digest('hex').slice(0, 8);
}
