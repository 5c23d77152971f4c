import type {Finding} from '../../findings/finding.ts';
import type {FoundLines} from '../findings/line-findings.ts';
import {commandLineJson, commandLineText} from '../output/command-line-output.ts';
import {sessionIdsFromFileNames} from '../logs/session-ids.ts';
import type {QueryContext} from './query-context.ts';

// Shared by the lines without findings, most of them: none allocated per line.
const NO_FINDINGS: readonly Finding[] = [];

/** Prints lines as they come, until they run out or the reader goes away; returns how many were printed. */
export async function printLines(batches: AsyncIterable<FoundLines>, context: QueryContext, highlight?: RegExp): Promise<number> {
	const {output, json, style} = context;
	const sessionIds = json ? sessionIdsFromFileNames(context.logs) : undefined;
	const lineStyle = {...style, highlight};
	let count = 0;
	for await (const {lines, findings} of batches) {
		for (const line of lines) {
			const lineFindings = findings.get(line) ?? NO_FINDINGS;
			output.line(sessionIds === undefined ? commandLineText(line, lineStyle, lineFindings) : commandLineJson(line, style.zone, sessionIds.get(line.shortId), lineFindings));
		}

		count += lines.length;
		await output.drained();
		if (output.closed) {
			break;
		}
	}

	return count;
}
