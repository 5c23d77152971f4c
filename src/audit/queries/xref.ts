import {resolveSessionIds} from '../logs/session-ids.ts';
import {tableLines} from '../output/table.ts';
import {readLogLines} from '../read/read-log-lines.ts';
import {formatIsoTime, formatTime, formattedTimeWidth} from '../time/format-time.ts';
import {searchFilter, type SearchOptions} from './grep.ts';
import type {QueryContext} from './query-context.ts';
import {SessionTally} from './session-tally.ts';

type SessionIdAt = (index: number) => string | null;

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
	// Rows are indexes into the tally, sorted and printed as they are: tens of thousands of sessions can match, and the
	// table reads them twice (to measure its columns first).
	const order = Array.from({length: bySession.size}, (_, index) => index)
		.sort((a, b) => bySession.count(b) - bySession.count(a) || bySession.first(a) - bySession.first(b));
	const sessionIdAt = (index: number) => sessionIds.get(bySession.shortIdAt(index)) ?? null;
	if (order.length > 0) {
		await context.output.lines(context.json ? jsonLines(order, bySession, sessionIdAt, context) : textLines(order, bySession, sessionIdAt, context));
	}

	return order.length;
}

function* jsonLines(order: number[], tally: SessionTally, sessionIdAt: SessionIdAt, {style: {zone}}: QueryContext): Generator<string> {
	for (const index of order) {
		yield JSON.stringify({
			count: tally.count(index),
			short_id: tally.shortIdAt(index),
			agent: tally.agentAt(index),
			first: formatIsoTime(tally.first(index), zone),
			last: formatIsoTime(tally.last(index), zone),
			session_id: sessionIdAt(index),
		});
	}
}

function textLines(order: number[], tally: SessionTally, sessionIdAt: SessionIdAt, {style: {zone, palette}}: QueryContext): Iterable<string> {
	return tableLines<number>([
		{title: 'COUNT', cell: index => String(tally.count(index)), alignRight: true},
		{title: 'SHORT ID', cell: index => tally.shortIdAt(index), paint: () => palette.shortId},
		{title: 'AGENT', cell: index => tally.agentAt(index), paint: index => palette.agent(tally.agentAt(index))},
		{title: 'FIRST MATCH', cell: index => formatTime(tally.first(index), zone), width: formattedTimeWidth(zone), paint: () => palette.time},
		{title: 'LAST MATCH', cell: index => formatTime(tally.last(index), zone), width: formattedTimeWidth(zone), paint: () => palette.time},
		{title: 'SESSION ID', cell: index => sessionIdAt(index) ?? '-'},
	], order, palette.heading);
}
