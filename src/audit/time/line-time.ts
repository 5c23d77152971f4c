// The timestamp that opens every text log line: `[2026-05-17 09:42:18Z` (UTC) or, from the Python hooks,
// `[2026-05-17 09:42:18` (the machine's local time). Parsed by hand: it runs once per line on logs of millions.

export const TIMESTAMP_LENGTH = 19;
// `YYYY-MM-DD HH:MM:SS`: where the digits are, and the separators between them.
const DIGIT_POSITIONS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18];
const SEPARATORS: Array<[number, number]> = [[4, 45], [7, 45], [10, 32], [13, 58], [16, 58]];

let cachedMinuteKey = -1;
let cachedMinuteStart = 0;

/** Epoch milliseconds of the timestamp at `start`, or undefined when the characters there are not one. */
export function parseLineTime(text: string, start: number, utc: boolean): number | undefined {
	for (const position of DIGIT_POSITIONS) {
		const code = text.charCodeAt(start + position);
		if (code < 48 || code > 57) {
			return undefined;
		}
	}

	for (const [position, code] of SEPARATORS) {
		if (text.charCodeAt(start + position) !== code) {
			return undefined;
		}
	}

	// Consecutive lines mostly share their minute, and converting a date, a local one above all, is the costly part.
	const minuteKey = number(text, start, 12) * 2 + (utc ? 1 : 0);
	if (minuteKey !== cachedMinuteKey) {
		const month = number(text, start + 5, 2);
		const day = number(text, start + 8, 2);
		const hour = number(text, start + 11, 2);
		const minute = number(text, start + 14, 2);
		if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) {
			return undefined;
		}

		const year = number(text, start, 4);
		cachedMinuteStart = utc
			? Date.UTC(year, month - 1, day, hour, minute)
			: new Date(year, month - 1, day, hour, minute).getTime();
		cachedMinuteKey = minuteKey;
	}

	const second = number(text, start + 17, 2);
	return second > 59 ? undefined : cachedMinuteStart + second * 1000;
}

// The digits at `start`, separators skipped, read as one number: `2026-05-17 09:42` with 12 digits is 202605170942.
function number(text: string, start: number, digitCount: number): number {
	let value = 0;
	for (let index = start, read = 0; read < digitCount; index++) {
		const code = text.charCodeAt(index);
		if (code >= 48 && code <= 57) {
			value = value * 10 + code - 48;
			read++;
		}
	}

	return value;
}
