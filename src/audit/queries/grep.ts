import {readLogLines} from '../read/read-log-lines.ts';
import type {LineFilter} from '../read/scan-lines.ts';
import {commandPatternFilter} from '../search/command-pattern.ts';
import {printLines} from './print-lines.ts';
import type {QueryContext} from './query-context.ts';
import {sessionSelector} from './session-selector.ts';

export type SearchOptions = {
	pattern: string;
	ignoreCase: boolean;
	agent?: string;
	session?: string;
	since?: number;
	until?: number;
};

/** The lines whose command matches, in time order; with `count`, only how many. */
export async function grepQuery(options: SearchOptions & {count: boolean}, context: QueryContext): Promise<number> {
	const lines = readLogLines(context.logs.sessionLogs, context.damage, {
		filter: searchFilter(options, context),
		since: options.since,
		until: options.until,
	});
	if (!options.count) {
		return printLines(lines, context, new RegExp(options.pattern, options.ignoreCase ? 'gi' : 'g'));
	}

	let count = 0;
	for await (const batch of lines) {
		count += batch.length;
	}

	context.output.line(context.json ? JSON.stringify({count}) : String(count));
	return count;
}

/** The pattern, narrowed to an agent and to a session when asked. */
export function searchFilter(options: SearchOptions, context: QueryContext): LineFilter {
	const pattern = commandPatternFilter(options.pattern, options.ignoreCase);
	const inSession = options.session === undefined ? undefined : sessionSelector(context.logs, options.session);
	const {agent} = options;
	if (agent === undefined && inSession === undefined) {
		return pattern;
	}

	return {
		...pattern,
		keep: line => (agent === undefined || line.agent === agent) && (inSession?.(line.shortId) ?? true) && pattern.keep(line),
	};
}
