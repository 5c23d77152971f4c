import type {Finding} from '../../findings/finding.ts';
import {formatCommandLines} from '../../writer/format-lines.ts';
import {EVENTS_LOG} from '../events/events-log.ts';
import {readEvents} from '../events/read-events.ts';
import type {CommandLine} from '../read/command-line.ts';
import type {Damage} from '../read/damage.ts';
import {parseLogLine} from '../read/parse-line.ts';
import {timeRange} from '../seek/time-range.ts';
import {hasWantedFindings, type FindingFilter} from './finding-filter.ts';
import type {FoundLines} from './line-findings.ts';
import {recordFindings, WITH_FINDINGS} from './record-findings.ts';

export type FindingSearch = {filter: FindingFilter; since?: number; until?: number};

/**
 * The commands with the wanted findings, from events.jsonl, the only log that has findings: each as the text line the
 * writer made of its record, in the order they were written. Only the records that have findings are parsed, and
 * with a time range only that part of the file is read.
 */
export async function* findingLines(eventsLog: string | undefined, search: FindingSearch, damage: Damage): AsyncGenerator<FoundLines> {
	if (eventsLog === undefined) {
		return;
	}

	const {filter, since, until} = search;
	const range = since === undefined && until === undefined ? undefined : timeRange(eventsLog, since, until, EVENTS_LOG);
	for await (const records of readEvents(eventsLog, damage, WITH_FINDINGS, range)) {
		const lines: CommandLine[] = [];
		const findings = new Map<CommandLine, readonly Finding[]>();
		for (const record of records) {
			const ofRecord = recordFindings(record);
			if (record.kind !== 'pre' || typeof record.command !== 'string' || !hasWantedFindings(filter, ofRecord)) {
				continue;
			}

			const text = formatCommandLines(record, record.command).global.slice(0, -1);
			const line = parseLogLine(text, 0, text.length);
			if (line === undefined) {
				damage.skipLine();
			} else if (line.time >= (since ?? Number.NEGATIVE_INFINITY) && line.time <= (until ?? Number.POSITIVE_INFINITY)) {
				lines.push(line);
				findings.set(line, ofRecord);
			}
		}

		yield {lines, findings};
	}
}
