import {isValid} from 'date-fns/isValid';
import {parseISO} from 'date-fns/parseISO';
import {subDays} from 'date-fns/subDays';
import {subHours} from 'date-fns/subHours';
import {subMinutes} from 'date-fns/subMinutes';

const RELATIVE = /^(\d+)\s*([mhd])\s+ago$/;
const SUBTRACT = {m: subMinutes, h: subHours, d: subDays} as const;
// A date and a time to the minute at least; with `Z` or an offset it is absolute, without one it is local time.
const DATE_TIME = /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d(:?\d\d)?)?$/;

export const TIME_FORMS = `Times: 2026-05-17T09:42:18Z or with an offset (2026-05-17T11:42:18+02:00);
       2026-05-17 09:42[:18] without a zone is local time; 40m ago, 2h ago, 3d ago; now.`;

/** A time given on the command line, floored to the second; undefined when it is none of the accepted forms. */
export function parseTimeArgument(text: string, now: Date): number | undefined {
	const trimmed = text.trim();
	const time = trimmed === 'now' ? now : parseRelative(trimmed, now) ?? parseDateTime(trimmed);
	return time === undefined ? undefined : Math.floor(time.getTime() / 1000) * 1000;
}

function parseRelative(text: string, now: Date): Date | undefined {
	const match = RELATIVE.exec(text);
	if (match === null) {
		return undefined;
	}

	const unit = match[2] as keyof typeof SUBTRACT;
	return SUBTRACT[unit](now, Number(match[1]));
}

function parseDateTime(text: string): Date | undefined {
	if (!DATE_TIME.test(text)) {
		return undefined;
	}

	const time = parseISO(text);
	return isValid(time) ? time : undefined;
}
