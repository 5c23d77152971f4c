import {open, readdir} from 'node:fs/promises';
import {join} from 'node:path';
import {parseSessionFileLine} from '../read/parse-line.ts';
import {shortId, UNKNOWN_SESSION} from '../../writer/short-id.ts';

const SHORT_ID_LENGTH = 8;
const NEW_NAME = /^([\da-f]{8})-(.+)\.log$/;
const FIRST_LINE_BYTES = 4096;

/** A per-session log, and the session its name tells of. */
export type SessionFile = {
	path: string;
	shortId: string;
	/** The session id as far as the name keeps it (the writer sanitises it and cuts it at 64 characters). */
	sessionId: string | null;
};

/**
 * The per-session logs: `<short>-<sanitised id>.log` and `unknown.log` from the writer, `<session id>.log` from the
 * Python hooks, whose short id is the first 8 characters of the session id. Telling them apart takes a hash, so a
 * caller that knows which names can concern it says so.
 */
export async function listSessionFiles(folder: string | undefined, concerns: (name: string) => boolean = () => true): Promise<SessionFile[]> {
	const names = folder === undefined ? [] : await readdir(folder).catch(() => []);
	const files = names.filter(name => name.endsWith('.log') && concerns(name)).map(name => describeSessionFile(folder!, name));
	return Promise.all(files);
}

/** Whether a file name can be that of a session whose short id or full id starts with `id`. */
export function mayNameSession(name: string, id: string): boolean {
	return name.startsWith(id) || name.slice(SHORT_ID_LENGTH + 1).startsWith(id);
}

async function describeSessionFile(folder: string, name: string): Promise<SessionFile> {
	const path = join(folder, name);
	if (name === `${UNKNOWN_SESSION}.log`) {
		return {path, shortId: UNKNOWN_SESSION, sessionId: null};
	}

	const parts = NEW_NAME.exec(name);
	// A UUID is also `<8 hex digits>-<rest>`: the hash tells a writer's name from a Python one, or else the first line.
	if (parts !== null && (shortId(parts[2]) === parts[1] || await startsWithWriterLine(path))) {
		return {path, shortId: parts[1]!, sessionId: parts[2]!};
	}

	const sessionId = name.slice(0, -'.log'.length);
	return {path, shortId: sessionId.slice(0, SHORT_ID_LENGTH), sessionId};
}

async function startsWithWriterLine(path: string): Promise<boolean> {
	const handle = await open(path).catch(() => undefined);
	if (handle === undefined) {
		return false;
	}

	try {
		const {buffer, bytesRead} = await handle.read(Buffer.alloc(FIRST_LINE_BYTES), 0, FIRST_LINE_BYTES, 0);
		const text = buffer.toString('utf8', 0, bytesRead);
		const end = text.indexOf('\n');
		const line = parseSessionFileLine(text, 0, end < 0 ? text.length : end, '');
		return line !== undefined && !line.legacy;
	} finally {
		await handle.close();
	}
}
