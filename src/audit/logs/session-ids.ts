import type {Damage} from '../read/damage.ts';
import {readEvents} from '../events/read-events.ts';
import type {LogFiles} from './log-files.ts';
import {listSessionFiles} from './session-files.ts';

/** Short ids that can tell whether they hold one, and list themselves (a SessionTally). */
export type ShortIds = {has: (shortId: string) => boolean; shortIds: () => Iterable<string>};

/** Full session ids by short id, as the per-session files' names tell them; only of these short ids, if given. */
export function sessionIdsFromFileNames(logs: LogFiles, shortIds?: ShortIds): Map<string, string | null> {
	// `<short>-<id>.log`, a Python `<id>.log` (its short id is the id's first 8 characters), or `unknown.log`.
	const concerns = shortIds === undefined ? undefined : (name: string) => shortIds.has(name.slice(0, 8)) || shortIds.has(name.slice(0, -'.log'.length));
	return new Map(Array.from(listSessionFiles(logs.sessionsFolder, concerns), file => [file.shortId, file.sessionId]));
}

/**
 * Full session ids for these short ids: from the files' names, or else from events.jsonl, read only up to each
 * missing session's first record.
 */
export async function resolveSessionIds(logs: LogFiles, damage: Damage, shortIds: ShortIds): Promise<Map<string, string | null>> {
	const resolved = sessionIdsFromFileNames(logs, shortIds);
	for (const short of shortIds.shortIds()) {
		if (!resolved.has(short)) {
			resolved.set(short, await sessionIdFromEvents(logs, damage, short));
		}
	}

	return resolved;
}

async function sessionIdFromEvents(logs: LogFiles, damage: Damage, short: string): Promise<string | null> {
	if (logs.eventsLog === undefined) {
		return null;
	}

	for await (const batch of readEvents(logs.eventsLog, damage, Buffer.from(`"short_id":"${short}"`))) {
		const record = batch.find(record => record.short_id === short);
		if (record !== undefined) {
			return record.session_id;
		}
	}

	return null;
}
