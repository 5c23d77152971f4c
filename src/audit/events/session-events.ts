import type {EventRecord} from '../../event/event-record.ts';
import {isAssessed, isBlocked, recordFindings} from '../findings/record-findings.ts';
import {noSeverities, type SeverityCounts} from '../findings/severity.ts';

/** What events.jsonl tells of one session beyond its commands. */
export type SessionEvents = {
	sessionId: string | null;
	agent: string;
	firstEvent: number;
	lastEvent: number;
	/** SessionStart and SessionEnd, when the agent reported them. */
	started?: number;
	ended?: number;
	/** Commands reported with an exit code other than 0. */
	failures: number;
	/** Whether any command came with an exit code at all (Codex gives none): without, failures are unknown. */
	exitCodesKnown: boolean;
	/** Commands the project's policy refused. */
	blocked: number;
	/** Its commands' findings, by severity; undefined when none was assessed (logged before there were findings). */
	findings?: SeverityCounts;
};

/** Adds a record to its session's summary, by short id. */
export function addSessionEvent(sessions: Map<string, SessionEvents>, record: EventRecord): void {
	const time = Date.parse(record.time);
	let session = sessions.get(record.short_id);
	if (session === undefined) {
		session = {sessionId: record.session_id, agent: record.agent, firstEvent: time, lastEvent: time, failures: 0, exitCodesKnown: false, blocked: 0};
		sessions.set(record.short_id, session);
	}

	session.firstEvent = Math.min(session.firstEvent, time);
	session.lastEvent = Math.max(session.lastEvent, time);
	if (record.kind === 'session_start') {
		session.started ??= time;
	} else if (record.kind === 'session_end') {
		session.ended = time;
	} else if (record.kind === 'post' && typeof record.exit_code === 'number') {
		session.exitCodesKnown = true;
		session.failures += record.exit_code === 0 ? 0 : 1;
	} else if (record.kind === 'pre' && isAssessed(record)) {
		session.findings ??= noSeverities();
		for (const {severity} of recordFindings(record)) {
			session.findings[severity]++;
		}

		session.blocked += isBlocked(record) ? 1 : 0;
	}
}
