import {withFindings} from '../findings/line-findings.ts';
import {readLogLines} from '../read/read-log-lines.ts';
import {printLines} from './print-lines.ts';
import type {QueryContext} from './query-context.ts';

/** Every command between two times (inclusive, to the second), across sessions and agents, in time order. */
export async function windowQuery(from: number, to: number, context: QueryContext): Promise<number> {
	const lines = readLogLines(context.logs.sessionLogs, context.damage, {since: from, until: to});
	return printLines(withFindings(lines, context.logs.eventsLog, context.damage), context);
}
