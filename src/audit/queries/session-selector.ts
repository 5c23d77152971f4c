import {shortId} from '../../writer/short-id.ts';
import type {LogFiles} from '../logs/log-files.ts';
import {listSessionFiles, mayNameSession} from '../logs/session-files.ts';

/**
 * Which short ids `--session <id>` selects: those starting with it, and those of the sessions whose full id starts
 * with it (as the per-session files name them, or `<id>` itself when it is a whole session id).
 */
export function sessionSelector(logs: LogFiles, id: string): (short: string) => boolean {
	const byFullId = new Set([shortId(id)]);
	for (const file of listSessionFiles(logs.sessionsFolder, name => mayNameSession(name, id))) {
		if (file.sessionId?.startsWith(id)) {
			byFullId.add(file.shortId);
		}
	}

	return short => short.startsWith(id) || byFullId.has(short);
}
