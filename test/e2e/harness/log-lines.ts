// The text logs' lines, checked for what every line must have: `[2026-05-17 09:42:18Z] body`, one per line.

import {expect} from 'vitest';

const STAMPED_LINE = /^\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)Z\] (.*)$/;

/** Each line's body, once the log ends with a newline and every line is stamped within the window (ms). */
export function stampedBodies(text: string, window: {start: number; end: number}): string[] {
	expect(text.endsWith('\n'), 'the log ends with a newline').toBe(true);
	return text.slice(0, -1).split('\n').map(line => {
		const [, stamp, body] = STAMPED_LINE.exec(line) ?? [];
		expect(stamp, `a timestamp starts ${JSON.stringify(line)}`).toBeDefined();
		const time = Date.parse(`${stamp}Z`.replace(' ', 'T'));
		// The stamp has whole seconds.
		expect(time).toBeGreaterThanOrEqual(Math.floor(window.start / 1000) * 1000);
		expect(time).toBeLessThanOrEqual(window.end);
		return body!;
	});
}
