// One line of .coograph/events.jsonl: the lossless record of an event.

import type {Finding} from '../findings/finding.ts';
import type {AgentName, EventKind} from './agent-event.ts';

export type EventRecord = {
	/** Schema version of this record. */
	v: 1;
	kind: EventKind;
	/** ISO 8601 UTC with milliseconds: 2026-05-17T09:42:18.123Z */
	time: string;
	agent: AgentName;
	/** Full session id as the agent gave it; null when the payload had none. */
	session_id: string | null;
	/** First 8 hex digits of SHA-256 of session_id, or "unknown". */
	short_id: string;
	tool?: string;
	tool_use_id?: string;
	cwd?: string;
	command?: string;
	/** Post events: the exit code, null when the agent does not give one. */
	exit_code?: number | null;
	/** Post events: the duration in ms, null when the agent does not give one. */
	duration_ms?: number | null;
	source?: string;
	reason?: string;
	/** Pre events: the command's risk findings, most severe first. */
	findings?: Finding[];
	/** Pre events the project's policy refused: why. The command did not run. */
	blocked?: string;
};

/** What the writer adds to seal a record into the hash chain. */
export type ChainFields = {
	/** SHA-256 of the text lines written with this record (pre events). */
	lines?: {global?: string; session?: string};
	/** Log files that were symbolic links and got nothing written through them. */
	refused?: string[];
	/** Written without the chain lock (it could not be had in time): prev and session_prev are not checked. */
	unchained?: true;
	/** Hash of the record before this one in events.jsonl; null for the first. */
	prev: string | null;
	/** Hash of this session's record before this one; null for the session's first. */
	session_prev: string | null;
};

/** A record as it stands in events.jsonl; `hash` is SHA-256 of the line's text before `,"hash":…`. */
export type SealedRecord = EventRecord & ChainFields & {hash: string};
