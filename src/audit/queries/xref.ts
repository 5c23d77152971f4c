import {resolveSessionIds} from '../logs/session-ids.ts';
import {tableLines} from '../output/table.ts';
import {readLogLines} from '../read/read-log-lines.ts';
import {formatIsoTime, formatTime, formattedTimeWidth} from '../time/format-time.ts';
import {searchFilter, type SearchOptions} from './grep.ts';
import type {QueryContext} from './query-context.ts';
import {SessionTally, type SessionCounts} from './session-tally.ts';

type SessionMatches = SessionCounts & {sessionId: string | null};

/** Which sessions ran a matching command: most matches first, with the first and last match of each. */
export async function xrefQuery(options: SearchOptions, context: QueryContext): Promise<number> {
	const bySession = new SessionTally();
	const lines = readLogLines(context.logs.sessionLogs, context.damage, {
		filter: searchFilter(options, context),
		since: options.since,
		until: options.until,
	});
	for await (const batch of lines) {
		bySession.add(batch);
	}

	const sessionIds = await resolveSessionIds(context.logs, context.damage, bySession);
	// Sorted as indexes, made into rows as printed: tens of thousands of sessions can match.
	const order = Array.from({length: bySession.size}, (_, index) => index)
		.sort((a, b) => bySession.count(b) - bySession.count(a) || bySession.first(a) - bySession.first(b));
	const rows = {
		* [Symbol.iterator]() {
			for (const index of order) {
				const session = bySession.at(index);
				yield {...session, sessionId: sessionIds.get(session.shortId) ?? null};
			}
		},
	};
	if (order.length > 0) {
		await context.output.lines(context.json ? jsonLines(rows, context) : textLines(rows, context));
	}

	return order.length;
}

function* jsonLines(rows: Iterable<SessionMatches>, {style: {zone}}: QueryContext): Generator<string> {
	for (const row of rows) {
		yield JSON.stringify({
			count: row.count,
			short_id: row.shortId,
			agent: row.agent,
			first: formatIsoTime(row.first, zone),
			last: formatIsoTime(row.last, zone),
			session_id: row.sessionId,
		});
	}
}

function textLines(rows: Iterable<SessionMatches>, {style: {zone, palette}}: QueryContext): Iterable<string> {
	return tableLines<SessionMatches>([
		{title: 'COUNT', cell: row => String(row.count), alignRight: true},
		{title: 'SHORT ID', cell: row => row.shortId, paint: () => palette.shortId},
		{title: 'AGENT', cell: row => row.agent, paint: row => palette.agent(row.agent)},
		{title: 'FIRST MATCH', cell: row => formatTime(row.first, zone), width: formattedTimeWidth(zone), paint: () => palette.time},
		{title: 'LAST MATCH', cell: row => formatTime(row.last, zone), width: formattedTimeWidth(zone), paint: () => palette.time},
		{title: 'SESSION ID', cell: row => row.sessionId ?? '-'},
	], rows, palette.heading);
}
