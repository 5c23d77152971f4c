import type {FindingFilter} from '../findings/finding-filter.ts';
import {findingLines} from '../findings/finding-lines.ts';
import {withFindings, type FoundLines} from '../findings/line-findings.ts';
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
	/** Only commands with these findings (grep only). */
	findings?: FindingFilter;
};

/** The lines whose command matches, in time order, with their findings; with `count`, only how many. */
export async function grepQuery(options: SearchOptions & {count: boolean}, context: QueryContext): Promise<number> {
	const lines = matchingLines(options, searchFilter(options, context), context, !options.count);
	if (!options.count) {
		return printLines(lines, context, new RegExp(options.pattern, options.ignoreCase ? 'gi' : 'g'));
	}

	let count = 0;
	for await (const batch of lines) {
		count += batch.lines.length;
	}

	context.output.line(context.json ? JSON.stringify({count}) : String(count));
	return count;
}

// A search by finding reads events.jsonl, where the findings are, and nothing else; any other reads the text logs, and
// events.jsonl only for the findings of the lines it prints.
async function* matchingLines(options: SearchOptions, filter: LineFilter, context: QueryContext, findingsWanted: boolean): AsyncGenerator<FoundLines> {
	const {logs: {sessionLogs, eventsLog}, damage} = context;
	const {since, until} = options;
	if (options.findings === undefined) {
		yield* withFindings(readLogLines(sessionLogs, damage, {filter, since, until}), findingsWanted ? eventsLog : undefined, damage);
		return;
	}

	for await (const {lines, findings} of findingLines(eventsLog, {filter: options.findings, since, until}, damage)) {
		yield {lines: lines.filter(line => filter.keep(line)), findings};
	}
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
