import {expect, it} from 'vitest';
import {formatLineTime, isoTime} from '../../src/writer/format-time.ts';
import {seededRandom} from '../helpers/hostile-payloads.ts';

it('writes a time as Date#toISOString does, around every edge of the calendar', () => {
	const edges = ['1970-01-01T00:00:00.000Z', '1969-12-31T23:59:59.999Z', '2000-02-29T12:00:00.001Z', '2100-02-28T23:59:59.999Z', '2100-03-01T00:00:00.000Z', '2026-12-31T23:59:59.999Z', '2027-01-01T00:00:00.000Z', '0000-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z'];
	for (const edge of edges) {
		expect(isoTime(Date.parse(edge))).toBe(edge);
	}

	const random = seededRandom(17);
	for (let trial = 0; trial < 20_000; trial++) {
		const time = Math.floor((random() * 8e12) - 1e12);
		expect(isoTime(time)).toBe(new Date(time).toISOString());
	}

	expect(isoTime(Date.parse('+010000-01-01T00:00:00.000Z'))).toBe('+010000-01-01T00:00:00.000Z');
});

it('gives the text logs\' time, UTC to the second', () => {
	expect(formatLineTime('2026-05-17T09:42:18.123Z')).toBe('2026-05-17 09:42:18Z');
});
