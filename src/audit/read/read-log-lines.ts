import {timeRange} from '../seek/time-range.ts';
import type {CommandLine} from './command-line.ts';
import type {Damage} from './damage.ts';
import {mergeByTime} from './merge-by-time.ts';
import {scanLines, type LineFilter} from './scan-lines.ts';

export type LineQuery = {
	filter?: LineFilter;
	/** Inclusive bounds, epoch milliseconds: only the part of each log that holds them is read. */
	since?: number;
	until?: number;
};

/** The wanted lines of the session logs, in time order, in batches. */
export async function* readLogLines(files: string[], damage: Damage, query: LineQuery = {}): AsyncGenerator<CommandLine[]> {
	const {filter, since, until} = query;
	const sources = files.map(file => {
		const range = since === undefined && until === undefined ? undefined : timeRange(file, since, until);
		const lines = scanLines(file, damage, {filter, range});
		return since === undefined && until === undefined ? lines : withinTimes(lines, since, until);
	});
	yield* mergeByTime(sources);
}

async function* withinTimes(
	batches: AsyncIterable<CommandLine[]>,
	since = Number.NEGATIVE_INFINITY,
	until = Number.POSITIVE_INFINITY,
): AsyncGenerator<CommandLine[]> {
	for await (const batch of batches) {
		yield batch.filter(line => line.time >= since && line.time <= until);
	}
}
