import type {EventRecord} from '../../event/event-record.ts';
import type {Finding, Severity} from '../../findings/finding.ts';
import {escapeCommand} from '../../writer/escape-command.ts';
import type {ExitCode} from '../events/pair-lines.ts';
import {PostPairing} from '../events/post-pairing.ts';
import {addSessionEvent, type SessionEvents} from '../events/session-events.ts';
import {isBlocked, recordFindings} from './record-findings.ts';
import {highestSeverity, noSeverities, SEVERITIES, type SeverityCounts} from './severity.ts';

/** A command with a high or critical finding, as the summary lists it. */
export type SeriousCommand = {
	time: number;
	agent: string;
	shortId: string;
	sessionId: string | null;
	/** Escaped as in the text logs. */
	command: string;
	blocked: boolean;
	findings: Finding[];
	exitCode: ExitCode;
};

export type FindingCount = {name: string; severity: Severity; count: number};

/**
 * What the records of one session, or of all, tell of their risk, added up as they stream past: the commands, how
 * many failed or were refused, how many had findings of each severity, which findings, and each high or critical
 * command with its exit code.
 */
export class RiskSummary {
	readonly sessions = new Map<string, SessionEvents>();
	commands = 0;
	/** Commands with at least one finding of each severity. */
	readonly commandsWith: SeverityCounts = noSeverities();
	readonly serious: SeriousCommand[] = [];
	firstCommand = Number.POSITIVE_INFINITY;
	lastCommand = Number.NEGATIVE_INFINITY;
	readonly #byName = new Map<string, FindingCount>();
	readonly #pairing = new PostPairing<SeriousCommand>();

	add(record: EventRecord): void {
		addSessionEvent(this.sessions, record);
		if (record.kind === 'post') {
			const serious = this.#pairing.post(record);
			if (serious !== undefined) {
				serious.exitCode = record.exit_code ?? null;
			}
		} else if (record.kind === 'pre' && typeof record.command === 'string') {
			this.#addCommand(record, record.command);
		}
	}

	/** Failures summed over the sessions that record exit codes; undefined when none does. */
	get failed(): number | undefined {
		const known = [...this.sessions.values()].filter(session => session.exitCodesKnown);
		return known.length === 0 ? undefined : known.reduce((sum, session) => sum + session.failures, 0);
	}

	get blocked(): number {
		return [...this.sessions.values()].reduce((sum, session) => sum + session.blocked, 0);
	}

	/** Findings by severity; undefined when no command was assessed. */
	get findings(): SeverityCounts | undefined {
		const assessed = [...this.sessions.values()].filter(session => session.findings !== undefined);
		if (assessed.length === 0) {
			return undefined;
		}

		const counts = noSeverities();
		for (const severity of SEVERITIES) {
			counts[severity] = assessed.reduce((sum, session) => sum + session.findings![severity], 0);
		}

		return counts;
	}

	/** Each finding met, most frequent first (the most severe first on a tie). */
	get findingCounts(): FindingCount[] {
		return [...this.#byName.values()].sort((a, b) => b.count - a.count || SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.name.localeCompare(b.name));
	}

	#addCommand(record: EventRecord, command: string): void {
		const time = Date.parse(record.time);
		this.commands++;
		this.firstCommand = Math.min(this.firstCommand, time);
		this.lastCommand = Math.max(this.lastCommand, time);
		const findings = recordFindings(record);
		for (const severity of SEVERITIES) {
			this.commandsWith[severity] += findings.some(finding => finding.severity === severity) ? 1 : 0;
		}

		for (const {name, severity} of findings) {
			const known = this.#byName.get(name) ?? {name, severity, count: 0};
			known.count++;
			this.#byName.set(name, known);
		}

		const highest = highestSeverity(findings);
		const serious = highest === 'critical' || highest === 'high'
			? {
				time: Math.floor(time / 1000) * 1000,
				agent: record.agent,
				shortId: record.short_id,
				sessionId: record.session_id,
				command: escapeCommand(command),
				blocked: isBlocked(record),
				findings,
				exitCode: undefined,
			}
			: undefined;
		if (serious !== undefined) {
			this.serious.push(serious);
		}

		this.#pairing.pre(record, serious);
	}
}
