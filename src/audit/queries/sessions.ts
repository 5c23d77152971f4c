import {addSessionEvent, type SessionEvents} from '../events/session-events.ts';
import {readEvents} from '../events/read-events.ts';
import {listSessionFiles, type SessionFile} from '../logs/session-files.ts';
import {formatDuration} from '../output/duration.ts';
import {tableLines} from '../output/table.ts';
import type {CommandLine} from '../read/command-line.ts';
import {readLogLines} from '../read/read-log-lines.ts';
import {readSessionFile} from '../read/read-session-file.ts';
import {formatIsoTime, formatTime} from '../time/format-time.ts';
import type {QueryContext} from './query-context.ts';

// A session with no SessionEnd is still running if it ran a command this recently.
const ACTIVE_WITHIN_MS = 30 * 60 * 1000;

type CommandStats = {agent: string; count: number; first: number; last: number};

type SessionRow = {
	shortId: string;
	sessionId: string | null;
	agent: string;
	start: number;
	end: number;
	active: boolean;
	commands: number;
	failures: number | undefined;
};

/** One row per session, newest first: when it started, how long it ran, its commands and how many failed. */
export async function sessionsQuery(context: QueryContext): Promise<number> {
	const commands = await commandStats(context);
	const events = await sessionEvents(context);
	const files = await listSessionFiles(context.logs.sessionsFolder);
	for (const file of files.filter(file => !commands.has(file.shortId))) {
		addCommandStats(commands, await readSessionFile(file, context.damage));
	}

	const fileIds = new Map(files.map(file => [file.shortId, file] as [string, SessionFile]));
	const shortIds = new Set([...commands.keys(), ...events.keys()]);
	const rows = [...shortIds]
		.map(short => sessionRow(short, commands.get(short), events.get(short), fileIds.get(short), context.now.getTime()))
		.sort((a, b) => b.start - a.start);
	printRows(rows, context);
	return rows.length;
}

async function commandStats(context: QueryContext): Promise<Map<string, CommandStats>> {
	const stats = new Map<string, CommandStats>();
	for await (const batch of readLogLines(context.logs.sessionLogs, context.damage)) {
		addCommandStats(stats, batch);
	}

	return stats;
}

function addCommandStats(stats: Map<string, CommandStats>, lines: CommandLine[]): void {
	for (const line of lines) {
		const session = stats.get(line.shortId);
		if (session === undefined) {
			stats.set(line.shortId, {agent: line.agent, count: 1, first: line.time, last: line.time});
		} else {
			session.count++;
			session.first = Math.min(session.first, line.time);
			session.last = Math.max(session.last, line.time);
		}
	}
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
	commands: CommandStats | undefined,
	events: SessionEvents | undefined,
	file: SessionFile | undefined,
	now: number,
): SessionRow {
	const lastActivity = Math.max(commands?.last ?? Number.NEGATIVE_INFINITY, events?.lastEvent ?? Number.NEGATIVE_INFINITY);
	return {
		shortId,
		sessionId: events?.sessionId ?? file?.sessionId ?? null,
		agent: commands?.agent ?? events?.agent ?? '-',
		start: Math.min(events?.started ?? Number.POSITIVE_INFINITY, commands?.first ?? Number.POSITIVE_INFINITY, events?.firstEvent ?? Number.POSITIVE_INFINITY),
		end: events?.ended ?? lastActivity,
		active: events?.ended === undefined && now - lastActivity < ACTIVE_WITHIN_MS,
		commands: commands?.count ?? 0,
		failures: events?.exitCodesKnown ? events.failures : undefined,
	};
}

function printRows(rows: SessionRow[], context: QueryContext): void {
	const {output, style: {zone, palette}} = context;
	if (context.json) {
		for (const row of rows) {
			output.line(JSON.stringify({
				short_id: row.shortId,
				session_id: row.sessionId,
				agent: row.agent,
				start: formatIsoTime(row.start, zone),
				end: row.active ? null : formatIsoTime(row.end, zone),
				duration_s: row.active ? null : Math.round((row.end - row.start) / 1000),
				active: row.active,
				commands: row.commands,
				failures: row.failures ?? null,
			}));
		}

		return;
	}

	if (rows.length === 0) {
		return;
	}

	const lines = tableLines<SessionRow>([
		{title: 'SHORT ID', cell: row => row.shortId, paint: () => palette.shortId},
		{title: 'AGENT', cell: row => row.agent, paint: row => palette.agent(row.agent)},
		{title: 'START', cell: row => formatTime(row.start, zone), paint: () => palette.time},
		{title: 'DURATION', cell: row => row.active ? 'active' : formatDuration(row.end - row.start), alignRight: true},
		{title: 'COMMANDS', cell: row => String(row.commands), alignRight: true},
		{title: 'FAILURES', cell: row => row.failures === undefined ? '-' : String(row.failures), alignRight: true, paint: row => row.failures ? palette.failure : text => text},
	], rows, palette.heading);
	for (const line of lines) {
		output.line(line);
	}
}
