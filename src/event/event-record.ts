// One line of .coograph/events.jsonl: the lossless record of an event.

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
};
