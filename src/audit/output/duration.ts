const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** `45s`, `12m 03s`, `1h 02m`, `3d 04h`: the two largest units, enough to tell sessions apart. */
export function formatDuration(milliseconds: number): string {
	const units: Array<[number, string]> = [[DAY, 'd'], [HOUR, 'h'], [MINUTE, 'm'], [SECOND, 's']];
	const largest = units.findIndex(([size]) => milliseconds >= size);
	if (largest < 0 || largest === units.length - 1) {
		return `${Math.floor(milliseconds / SECOND)}s`;
	}

	const [size, name] = units[largest]!;
	const [nextSize, nextName] = units[largest + 1]!;
	const rest = Math.floor((milliseconds % size) / nextSize);
	return `${Math.floor(milliseconds / size)}${name} ${String(rest).padStart(2, '0')}${nextName}`;
}
