import {opendirSync} from 'node:fs';
import {UNKNOWN_SESSION} from '../../writer/short-id.ts';

const SHORT_ID_LENGTH = 8;
const WRITER_NAME = /^[\da-f]{8}-.+\.log$/;
// The Python hooks named files by the session id alone, and agents' ids are UUIDs, or not `<8 hex digits>-…` at all.
const UUID_NAME = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}\.log$/i;

/** A per-session log, and the session its name tells of. */
export type SessionFile = {
	folder: string;
	name: string;
	shortId: string;
	/** The session id as far as the name keeps it (the writer sanitises it and cuts it at 64 characters). */
	sessionId: string | null;
};

/**
 * The per-session logs: `<short>-<sanitised id>.log` and `unknown.log` from the writer, `<session id>.log` from the
 * Python hooks, whose short id is the first 8 characters of the session id. Only those whose names concern the
 * caller, read one name at a time: a folder can hold tens of thousands.
 */
export function* listSessionFiles(folder: string | undefined, concerns: (name: string) => boolean = () => true): Generator<SessionFile> {
	for (const name of sessionFileNames(folder)) {
		if (concerns(name)) {
			yield describeSessionFile(folder!, name);
		}
	}
}

/** Whether a file name can be that of a session whose short id or full id starts with `id`. */
export function mayNameSession(name: string, id: string): boolean {
	return name.startsWith(id) || name.slice(SHORT_ID_LENGTH + 1).startsWith(id);
}

function* sessionFileNames(folder: string | undefined): Generator<string> {
	let directory;
	try {
		directory = folder === undefined ? undefined : opendirSync(folder, {bufferSize: 1024});
	} catch {
		return;
	}

	try {
		for (let entry = directory?.readSync(); entry; entry = directory!.readSync()) {
			if (entry.name.endsWith('.log')) {
				yield entry.name;
			}
		}
	} finally {
		directory?.closeSync();
	}
}

// The ids are slices of the names, which cost nothing more.
function describeSessionFile(folder: string, name: string): SessionFile {
	if (name === `${UNKNOWN_SESSION}.log`) {
		return {folder, name, shortId: UNKNOWN_SESSION, sessionId: null};
	}

	if (WRITER_NAME.test(name) && !UUID_NAME.test(name)) {
		return {folder, name, shortId: name.slice(0, SHORT_ID_LENGTH), sessionId: name.slice(SHORT_ID_LENGTH + 1, -'.log'.length)};
	}

	const sessionId = name.slice(0, -'.log'.length);
	return {folder, name, shortId: sessionId.slice(0, SHORT_ID_LENGTH), sessionId};
}
