import {MAX_DISORDER_MS, type TimedLog} from '../seek/time-range.ts';

const TIME_FIELD = /"time":"([^"]{1,40})"/;

/**
 * events.jsonl, for a search by time. A pre event's record is written with its text lines, under the same lock and
 * in the same order: its records are as far out of time order as the text lines may be.
 */
export const EVENTS_LOG: TimedLog = {
	lineTime(head) {
		const match = TIME_FIELD.exec(head);
		const time = match === null ? Number.NaN : Date.parse(match[1]!);
		return Number.isFinite(time) ? time : undefined;
	},
	disorderMs: MAX_DISORDER_MS,
};
