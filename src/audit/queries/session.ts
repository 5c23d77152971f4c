import type {EventRecord} from '../../event/event-record.ts';
import {pairLines, type LineEvents} from '../events/pair-lines.ts';
import {addSessionEvent, type SessionEvents} from '../events/session-events.ts';
import {sessionRecords} from '../events/session-records.ts';
import {isAssessed, recordFindings} from '../findings/record-findings.ts';
import {noSeverities, riskScore, SEVERITIES} from '../findings/severity.ts';
import {commandLineJson} from '../output/command-line-output.ts';
import {commandColumn, exitCodeColumn} from '../output/command-columns.ts';
import {tableLines} from '../output/table.ts';
import type {CommandLine} from '../read/command-line.ts';
import {readLogLines} from '../read/read-log-lines.ts';
import {readSessionFile} from '../read/read-session-file.ts';
import {formatTime, formattedTimeWidth} from '../time/format-time.ts';
import {findOneSession, type SessionCandidate} from './find-session.ts';
import type {QueryContext} from './query-context.ts';

/** One session's commands in order, each with its exit code where known, under a header that sums them up. */
export async function sessionQuery(id: string, context: QueryContext): Promise<number> {
	const session = await findOneSession(id, context);
	if (session === undefined) {
		return 0;
	}

	const lines = session.lines ?? await sessionLines(session, context);
	const events = await sessionEventRecords(session.shortId, context);
	const paired = pairLines(lines, events);
	const sessionId = session.sessionId ?? events[0]?.session_id ?? null;
	await context.output.lines(context.json
		? lines.map((line, index) => commandLineJson(line, context.style.zone, sessionId, findingsOf(paired[index]!), {exit_code: paired[index]!.exitCode ?? null}))
		: sessionText({...session, sessionId}, lines, paired, summarise(events), context));
	return Math.max(lines.length, 1);
}

async function sessionLines(session: SessionCandidate, context: QueryContext): Promise<CommandLine[]> {
	const lines: CommandLine[] = [];
	const filter = {needles: [Buffer.from(`] [${session.shortId}] `)], keep: (line: CommandLine) => line.shortId === session.shortId};
	for await (const batch of readLogLines(context.logs.sessionLogs, context.damage, {filter})) {
		lines.push(...batch);
	}

	return lines.length === 0 && session.file !== undefined ? readSessionFile(session.file, context.damage) : lines;
}

async function sessionEventRecords(short: string, context: QueryContext): Promise<EventRecord[]> {
	const records: EventRecord[] = [];
	for await (const batch of sessionRecords(context.logs.eventsLog, context.damage, short)) {
		records.push(...batch);
	}

	return records;
}

function summarise(events: EventRecord[]): SessionEvents | undefined {
	const sessions = new Map<string, SessionEvents>();
	for (const record of events) {
		addSessionEvent(sessions, record);
	}

	return [...sessions.values()][0];
}

function findingsOf({pre}: LineEvents) {
	return pre === undefined ? [] : recordFindings(pre);
}

// `281 (1 critical, 3 high, 1 medium, 2 low)`: the risk score of the findings of the lines, and how many of each.
function riskText(paired: LineEvents[]): string {
	if (!paired.some(({pre}) => pre !== undefined && isAssessed(pre))) {
		return 'findings not recorded';
	}

	const counts = noSeverities();
	for (const finding of paired.flatMap(line => findingsOf(line))) {
		counts[finding.severity]++;
	}

	const found = SEVERITIES.filter(severity => counts[severity] > 0).map(severity => `${counts[severity]} ${severity}`);
	return `${riskScore(counts)}${found.length === 0 ? ' (no findings)' : ` (${found.join(', ')})`}`;
}

function* sessionText(session: SessionCandidate, lines: CommandLine[], paired: LineEvents[], events: SessionEvents | undefined, context: QueryContext): Generator<string> {
	const {style: {zone, palette}} = context;
	const agent = lines[0]?.agent ?? events?.agent ?? '-';
	const first = lines.reduce((earliest, line) => Math.min(earliest, line.time), Number.POSITIVE_INFINITY);
	const last = lines.reduce((latest, line) => Math.max(latest, line.time), Number.NEGATIVE_INFINITY);
	const failures = events?.exitCodesKnown ? `${events.failures} failed` : 'exit codes not recorded';
	const blocked = lines.filter(line => line.blocked).length;
	const header: Array<[string, string]> = [
		['session', `${palette.shortId(session.shortId)}  ${session.sessionId ?? ''}`.trimEnd()],
		['agent', palette.agent(agent)(agent)],
		['first', lines.length === 0 ? '-' : formatTime(first, zone)],
		['last', lines.length === 0 ? '-' : formatTime(last, zone)],
		['commands', `${lines.length} (${failures}${blocked > 0 ? `, ${blocked} blocked` : ''})`],
		['risk', riskText(paired)],
	];
	for (const [name, value] of header) {
		yield `${palette.heading(name.padEnd(9))}${value}`;
	}

	if (lines.length === 0) {
		return;
	}

	yield '';
	const rows = lines.map((line, index) => ({time: line.time, command: line.command, blocked: line.blocked, exitCode: paired[index]!.exitCode, findings: findingsOf(paired[index]!)}));
	yield* tableLines<typeof rows[number]>([
		{title: 'TIME', cell: row => formatTime(row.time, zone), width: formattedTimeWidth(zone), paint: () => palette.time},
		exitCodeColumn(palette),
		commandColumn(palette),
	], rows, palette.heading);
}
