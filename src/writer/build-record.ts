import type {AgentEvent} from '../event/agent-event.ts';
import type {EventRecord} from '../event/event-record.ts';
import type {Assessment} from '../policy/assess-command.ts';
import {isoTime} from './format-time.ts';
import {shortId} from './short-id.ts';

/** The record of an event; a command about to run carries its assessment. */
export function buildRecord(event: AgentEvent, time: Date, assessment?: Assessment): EventRecord {
	return {
		v: 1,
		kind: event.kind,
		time: isoTime(time.getTime()),
		agent: event.agent,
		session_id: event.sessionId ?? null,
		short_id: shortId(event.sessionId),
		tool: event.toolName,
		tool_use_id: event.toolUseId,
		cwd: event.cwd,
		command: event.command,
		exit_code: event.kind === 'post' ? event.exitCode ?? null : undefined,
		duration_ms: event.kind === 'post' ? event.durationMs ?? null : undefined,
		source: event.source,
		reason: event.reason,
		findings: assessment?.findings,
		blocked: assessment?.blocked,
	};
}
