import {shortId} from '../../writer/short-id.ts';
import type {LogFiles} from '../logs/log-files.ts';
import {listSessionFiles, mayNameSession} from '../logs/session-files.ts';

/**
 * Which short ids `--session <id>` selects: those starting with it, and those of the sessions whose full id starts
 * with it (as the per-session files name them, or `<id>` itself when it is a whole session id).
 */
export async function sessionSelector(logs: LogFiles, id: string): Promise<(short: string) => boolean> {
	const files = await listSessionFiles(logs.sessionsFolder, name => mayNameSession(name, id));
	const byFullId = new Set(files.filter(file => file.sessionId?.startsWith(id)).map(file => file.shortId));
	byFullId.add(shortId(id));
	return short => short.startsWith(id) || byFullId.has(short);
}
