import type {TimedLog} from '../seek/time-range.ts';

const TIME_FIELD = /"time":"([^"]{1,40})"/;

/**
 * events.jsonl, for a search by time. Its records are written under the chain lock, in the order they got it, with
 * the time taken before they waited for it (2 s at most, then they are written unchained): out of time order by
 * seconds, far less than the text logs' allowance for the Python hooks.
 */
export const EVENTS_LOG: TimedLog = {
	lineTime(head) {
		const match = TIME_FIELD.exec(head);
		const time = match === null ? Number.NaN : Date.parse(match[1]!);
		return Number.isFinite(time) ? time : undefined;
	},
	disorderMs: 60_000,
};
