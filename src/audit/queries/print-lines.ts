import {commandLineJson, commandLineText} from '../output/command-line-output.ts';
import type {CommandLine} from '../read/command-line.ts';
import {sessionIdsFromFileNames} from '../logs/session-ids.ts';
import type {QueryContext} from './query-context.ts';

/** Prints lines as they come, until they run out or the reader goes away; returns how many were printed. */
export async function printLines(batches: AsyncIterable<CommandLine[]>, context: QueryContext, highlight?: RegExp): Promise<number> {
	const {output, json, style} = context;
	const sessionIds = json ? sessionIdsFromFileNames(context.logs) : undefined;
	const lineStyle = {...style, highlight};
	let count = 0;
	for await (const batch of batches) {
		for (const line of batch) {
			output.line(sessionIds === undefined ? commandLineText(line, lineStyle) : commandLineJson(line, style.zone, sessionIds.get(line.shortId)));
		}

		count += batch.length;
		await output.drained();
		if (output.closed) {
			break;
		}
	}

	return count;
}
