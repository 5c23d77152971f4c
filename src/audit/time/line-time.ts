// The timestamp that opens every text log line: `[2026-05-17 09:42:18Z` (UTC) or, from the Python hooks,
// `[2026-05-17 09:42:18` (the machine's local time). Parsed by hand: it runs once per line on logs of millions.

export const TIMESTAMP_LENGTH = 19;

const ZERO = 48;
const DASH = 45;
const SPACE = 32;
const COLON = 58;

let cachedDayKey = -1;
let cachedDayStart = 0;
let cachedMinuteKey = -1;
let cachedMinuteStart = 0;

/** Epoch milliseconds of the timestamp `YYYY-MM-DD HH:MM:SS` at `start`, or undefined when it is not one. */
export function parseLineTime(text: string, start: number, utc: boolean): number | undefined {
	if (
		text.charCodeAt(start + 4) !== DASH || text.charCodeAt(start + 7) !== DASH || text.charCodeAt(start + 10) !== SPACE
		|| text.charCodeAt(start + 13) !== COLON || text.charCodeAt(start + 16) !== COLON
	) {
		return undefined;
	}

	const year = (digit(text, start) * 1000) + (digit(text, start + 1) * 100) + (digit(text, start + 2) * 10) + digit(text, start + 3);
	const month = twoDigits(text, start + 5);
	const day = twoDigits(text, start + 8);
	const hour = twoDigits(text, start + 11);
	const minute = twoDigits(text, start + 14);
	const second = twoDigits(text, start + 17);
	// A character that is not a digit reads as a number out of range (NaN, or 10 and more), and fails here.
	if (!(year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 59)) {
		return undefined;
	}

	if (utc) {
		// The lines a search prints are mostly of the same day as the last, rarely of the same minute.
		const dayKey = (((year * 16) + month) * 32) + day;
		if (dayKey !== cachedDayKey) {
			cachedDayStart = Date.UTC(year, month - 1, day);
			cachedDayKey = dayKey;
		}

		return cachedDayStart + (((((hour * 60) + minute) * 60) + second) * 1000);
	}

	// Local time: consecutive lines mostly share their minute, and converting a local date is the costly part (a day
	// is not always 24 hours long).
	const minuteKey = (((((year * 16) + month) * 32) + day) * 32 + hour) * 64 + minute;
	if (minuteKey !== cachedMinuteKey) {
		cachedMinuteStart = new Date(year, month - 1, day, hour, minute).getTime();
		cachedMinuteKey = minuteKey;
	}

	return cachedMinuteStart + (second * 1000);
}

function digit(text: string, index: number): number {
	const value = text.charCodeAt(index) - ZERO;
	return value >= 0 && value <= 9 ? value : Number.NaN;
}

function twoDigits(text: string, index: number): number {
	return (digit(text, index) * 10) + digit(text, index + 1);
}
