export type TimeZoneChoice = 'utc' | 'local';

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
	const date = new Date(time);
	if (zone === 'utc') {
		return `${date.toISOString().slice(0, 19)}Z`;
	}

	// The local fields are those of UTC shifted by the offset (east of UTC positive, unlike getTimezoneOffset).
	const offsetMinutes = -date.getTimezoneOffset();
	const local = new Date(time + offsetMinutes * 60_000).toISOString().slice(0, 19);
	const sign = offsetMinutes < 0 ? '-' : '+';
	const hours = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0');
	const minutes = String(Math.abs(offsetMinutes) % 60).padStart(2, '0');
	return `${local}${sign}${hours}:${minutes}`;
}
