export type TimeZoneChoice = 'utc' | 'local';

const DAY_MS = 86_400_000;
const MAX_CACHED_DAYS = 4096;
const TWO_DIGITS = Array.from({length: 60}, (_, value) => String(value).padStart(2, '0'));
// `2026-05-17T` by day: tens of thousands of times are printed, over a few hundred days.
const dayPrefixes = new Map<number, string>();

/** How many characters formatTime gives: `2026-05-17 09:42:18Z`, or `2026-05-17 11:42:18+02:00`. */
export function formattedTimeWidth(zone: TimeZoneChoice): number {
	return zone === 'utc' ? 20 : 25;
}

/** `2026-05-17 09:42:18Z` as in the logs, or local time with its offset: `2026-05-17 11:42:18+02:00`. */
export function formatTime(time: number, zone: TimeZoneChoice): string {
	return formatIsoTime(time, zone).replace('T', ' ');
}

/** ISO 8601 for JSON output: `2026-05-17T09:42:18Z`, or local time with its offset. */
export function formatIsoTime(time: number, zone: TimeZoneChoice): string {
	if (zone === 'utc') {
		return utcIsoTime(time);
	}

	const date = new Date(time);
	// The local fields are those of UTC shifted by the offset (east of UTC positive, unlike getTimezoneOffset).
	const offsetMinutes = -date.getTimezoneOffset();
	const local = new Date(time + offsetMinutes * 60_000).toISOString().slice(0, 19);
	const sign = offsetMinutes < 0 ? '-' : '+';
	const hours = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0');
	const minutes = String(Math.abs(offsetMinutes) % 60).padStart(2, '0');
	return `${local}${sign}${hours}:${minutes}`;
}

// As Date#toISOString, to the second, at a fraction of its cost: the day's part is made once per day.
function utcIsoTime(time: number): string {
	const day = Math.floor(time / DAY_MS);
	let prefix = dayPrefixes.get(day);
	if (prefix === undefined) {
		if (dayPrefixes.size === MAX_CACHED_DAYS) {
			dayPrefixes.clear();
		}

		prefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
		dayPrefixes.set(day, prefix);
	}

	const seconds = Math.floor((time - (day * DAY_MS)) / 1000);
	return `${prefix}${TWO_DIGITS[Math.floor(seconds / 3600)]}:${TWO_DIGITS[Math.floor(seconds / 60) % 60]}:${TWO_DIGITS[seconds % 60]}Z`;
}
