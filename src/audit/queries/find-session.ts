import {shortId} from '../../writer/short-id.ts';
import {UsageError} from '../args/usage-error.ts';
import {readEvents} from '../events/read-events.ts';
import type {LogFiles} from '../logs/log-files.ts';
import {listSessionFiles, mayNameSession, type SessionFile} from '../logs/session-files.ts';
import type {CommandLine} from '../read/command-line.ts';
import type {Damage} from '../read/damage.ts';
import {readLogLines} from '../read/read-log-lines.ts';
import type {LineFilter} from '../read/scan-lines.ts';
import type {QueryContext} from './query-context.ts';

const SHORT_ID_LENGTH = 8;

export type SessionCandidate = {
	shortId: string;
	sessionId: string | null;
	file?: SessionFile;
	/** Its lines in the session logs, when the search for it read them all. */
	lines?: CommandLine[];
};

/**
 * The one session `id` means. None: said on stderr, and undefined. Several: bad usage, with the candidates listed.
 */
export async function findOneSession(id: string, context: QueryContext): Promise<SessionCandidate | undefined> {
	const candidates = await findSessions(id, context.logs, context.damage);
	if (candidates.length > 1) {
		const list = candidates.map(candidate => `  ${candidate.shortId}  ${candidate.sessionId ?? '-'}`).join('\n');
		throw new UsageError(`"${id}" matches ${candidates.length} sessions; give more of the id:\n${list}`, false);
	}

	if (candidates.length === 0) {
		context.warn(`coograph audit: no session matches "${id}"`);
	}

	return candidates[0];
}

/**
 * The sessions `id` may mean: it is a short id, a full id, or a prefix of either. Looked for in the per-session
 * files' names, in the session logs, and only when neither knows it, in events.jsonl.
 */
export async function findSessions(id: string, logs: LogFiles, damage: Damage): Promise<SessionCandidate[]> {
	const candidates = new Map<string, SessionCandidate>();
	const add = (short: string, sessionId: string | null, file?: SessionFile) => {
		const known = candidates.get(short);
		if (known === undefined) {
			candidates.set(short, {shortId: short, sessionId, file});
		} else {
			known.sessionId ??= sessionId;
		}
	};

	for (const file of listSessionFiles(logs.sessionsFolder, name => mayNameSession(name, id))) {
		if (file.shortId.startsWith(id) || file.sessionId?.startsWith(id)) {
			add(file.shortId, file.sessionId, file);
		}
	}

	// As long as the search meets one session only, it keeps its lines: the query needs no second pass.
	let kept: {shortId: string; lines: CommandLine[]} | undefined;
	let keeping = true;
	for await (const batch of readLogLines(logs.sessionLogs, damage, {filter: linesOf(id)})) {
		for (const line of batch) {
			add(line.shortId, id.length > SHORT_ID_LENGTH ? id : null);
			kept ??= {shortId: line.shortId, lines: []};
			keeping &&= line.shortId === kept.shortId;
			if (keeping) {
				kept.lines.push(line);
			}
		}
	}

	if (keeping && kept !== undefined) {
		candidates.get(kept.shortId)!.lines = kept.lines;
	}

	if (candidates.size === 0 && logs.eventsLog !== undefined) {
		for await (const batch of readEvents(logs.eventsLog, damage, Buffer.from(id))) {
			for (const record of batch.filter(record => record.session_id?.startsWith(id) || record.short_id.startsWith(id))) {
				add(record.short_id, record.session_id);
			}
		}
	}

	return [...candidates.values()];
}

// Up to 8 characters, `id` may begin a short id. Longer, it is taken for a whole session id: its lines are those
// with its hash, or (Python hooks) with its first 8 characters.
function linesOf(id: string): LineFilter {
	if (id.length <= SHORT_ID_LENGTH) {
		return {needles: [Buffer.from(`] [${id}`)], keep: line => line.shortId.startsWith(id)};
	}

	const hashed = shortId(id);
	const legacy = id.slice(0, SHORT_ID_LENGTH);
	return {
		scanner: new RegExp(`\\] \\[(?:${hashed}|${escapeRegExp(legacy)})\\] `, 'gm'),
		keep: line => line.legacy ? line.shortId === legacy : line.shortId === hashed,
	};
}

function escapeRegExp(text: string): string {
	return text.replace(/[\\^$.*+?()[\]{}|/-]/g, String.raw`\$&`);
}
