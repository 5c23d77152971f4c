import type {SessionOrder} from '../args/parse-audit-args.ts';
import {addSessionEvent, type SessionEvents} from '../events/session-events.ts';
import {riskScore, SEVERITIES, type SeverityCounts} from '../findings/severity.ts';
import {readEvents} from '../events/read-events.ts';
import {listSessionFiles} from '../logs/session-files.ts';
import {formatDuration} from '../output/duration.ts';
import {tableLines} from '../output/table.ts';
import {readLogLines} from '../read/read-log-lines.ts';
import {readSessionFile} from '../read/read-session-file.ts';
import {formatIsoTime, formatTime, formattedTimeWidth} from '../time/format-time.ts';
import type {QueryContext} from './query-context.ts';
import {SessionTally, type SessionCounts} from './session-tally.ts';

// A session with no SessionEnd is still running if it ran a command this recently.
const ACTIVE_WITHIN_MS = 30 * 60 * 1000;

type SessionRow = {
	shortId: string;
	sessionId: string | null;
	agent: string;
	start: number;
	end: number;
	active: boolean;
	commands: number;
	failures: number | undefined;
	blocked: number | undefined;
	/** Undefined when no command was assessed. */
	findings: SeverityCounts | undefined;
	risk: number | undefined;
};

/**
 * One row per session, newest first or riskiest first: when it started, how long it ran, its commands, how many
 * failed or were blocked, its findings by severity and their risk score.
 */
export async function sessionsQuery(order: SessionOrder, context: QueryContext): Promise<number> {
	const commands = new SessionTally();
	for await (const batch of readLogLines(context.logs.sessionLogs, context.damage)) {
		commands.add(batch);
	}

	const events = await sessionEvents(context);
	// Full ids only go in JSON; the text table has no room for them.
	const namedIds = new Map<string, string | null>();
	for (const file of listSessionFiles(context.logs.sessionsFolder)) {
		if (context.json) {
			namedIds.set(file.shortId, file.sessionId);
		}

		if (!commands.has(file.shortId)) {
			commands.add(await readSessionFile(file, context.damage));
		}
	}

	// Rows are made as they are printed: tens of thousands of row objects held at once would take the memory the
	// scan was careful to spare.
	const shortIds = [...commands.shortIds(), ...[...events.keys()].filter(short => !commands.has(short))];
	const rowAt = (index: number) => {
		const short = shortIds[index]!;
		return sessionRow(short, commands.get(short), events.get(short), namedIds.get(short), context.now.getTime());
	};

	const starts = Float64Array.from(shortIds, (_, index) => rowAt(index).start);
	// Sessions whose risk is unknown (logged before there were findings) come after those whose risk is 0.
	const risks = order === 'risk' ? Float64Array.from(shortIds, short => riskOf(events.get(short)) ?? -1) : undefined;
	const sorted = [...shortIds.keys()].sort((a, b) => (risks === undefined ? 0 : risks[b]! - risks[a]!) || starts[b]! - starts[a]!);
	if (sorted.length > 0) {
		// Iterable twice: the table measures its columns first.
		const rows = {
			* [Symbol.iterator]() {
				for (const index of sorted) {
					yield rowAt(index);
				}
			},
		};
		await context.output.lines(context.json ? jsonLines(rows, context) : textLines(rows, context));
	}

	return shortIds.length;
}

async function sessionEvents(context: QueryContext): Promise<Map<string, SessionEvents>> {
	const sessions = new Map<string, SessionEvents>();
	if (context.logs.eventsLog !== undefined) {
		for await (const batch of readEvents(context.logs.eventsLog, context.damage)) {
			for (const record of batch) {
				addSessionEvent(sessions, record);
			}
		}
	}

	return sessions;
}

function sessionRow(
	shortId: string,
	commands: SessionCounts | undefined,
	events: SessionEvents | undefined,
	namedId: string | null | undefined,
	now: number,
): SessionRow {
	const lastActivity = Math.max(commands?.last ?? Number.NEGATIVE_INFINITY, events?.lastEvent ?? Number.NEGATIVE_INFINITY);
	return {
		shortId,
		sessionId: events?.sessionId ?? namedId ?? null,
		agent: commands?.agent ?? events?.agent ?? '-',
		start: Math.min(events?.started ?? Number.POSITIVE_INFINITY, commands?.first ?? Number.POSITIVE_INFINITY, events?.firstEvent ?? Number.POSITIVE_INFINITY),
		end: events?.ended ?? lastActivity,
		active: events?.ended === undefined && now - lastActivity < ACTIVE_WITHIN_MS,
		commands: commands?.count ?? 0,
		failures: events?.exitCodesKnown ? events.failures : undefined,
		blocked: events?.blocked,
		findings: events?.findings,
		risk: riskOf(events),
	};
}

function riskOf(events: SessionEvents | undefined): number | undefined {
	return events?.findings === undefined ? undefined : riskScore(events.findings);
}

function* jsonLines(rows: Iterable<SessionRow>, {style: {zone}}: QueryContext): Generator<string> {
	for (const row of rows) {
		yield JSON.stringify({
			short_id: row.shortId,
			session_id: row.sessionId,
			agent: row.agent,
			start: formatIsoTime(row.start, zone),
			end: row.active ? null : formatIsoTime(row.end, zone),
			duration_s: row.active ? null : Math.round((row.end - row.start) / 1000),
			active: row.active,
			commands: row.commands,
			failures: row.failures ?? null,
			blocked: row.blocked ?? null,
			findings: row.findings ?? null,
			risk: row.risk ?? null,
		});
	}
}

function textLines(rows: Iterable<SessionRow>, {style: {zone, palette}}: QueryContext): Iterable<string> {
	return tableLines<SessionRow>([
		{title: 'SHORT ID', cell: row => row.shortId, paint: () => palette.shortId},
		{title: 'AGENT', cell: row => row.agent, paint: row => palette.agent(row.agent)},
		{title: 'START', cell: row => formatTime(row.start, zone), width: formattedTimeWidth(zone), paint: () => palette.time},
		{title: 'DURATION', cell: row => row.active ? 'active' : formatDuration(row.end - row.start), alignRight: true},
		{title: 'COMMANDS', cell: row => String(row.commands), alignRight: true},
		{title: 'FAILURES', cell: row => count(row.failures), alignRight: true, paint: row => row.failures ? palette.failure : text => text},
		{title: 'BLOCKED', cell: row => count(row.blocked), alignRight: true, paint: row => row.blocked ? palette.failure : text => text},
		// Findings of each severity: C H M L.
		...SEVERITIES.map(severity => ({
			title: severity.charAt(0).toUpperCase(),
			cell: (row: SessionRow) => count(row.findings?.[severity]),
			alignRight: true,
			paint: (row: SessionRow) => row.findings?.[severity] ? palette.severity(severity) : (text: string) => text,
		})),
		{title: 'RISK', cell: row => count(row.risk), alignRight: true},
	], rows, palette.heading);
}

function count(value: number | undefined): string {
	return value === undefined ? '-' : String(value);
}
