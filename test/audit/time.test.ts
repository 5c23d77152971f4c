process.env.TZ = 'America/New_York';

import {describe, expect, it} from 'vitest';
import {formatIsoTime, formatTime} from '../../src/audit/time/format-time.ts';
import {parseLineTime} from '../../src/audit/time/line-time.ts';
import {parseTimeArgument} from '../../src/audit/time/parse-time-argument.ts';

const NOW = new Date('2026-05-17T09:42:18.750Z');

describe('times on the command line', () => {
	it.each([
		['2026-05-17T09:42:18Z', '2026-05-17T09:42:18.000Z'],
		['2026-05-17 09:42:18Z', '2026-05-17T09:42:18.000Z'],
		['2026-05-17T11:42:18+02:00', '2026-05-17T09:42:18.000Z'],
		['2026-05-17T04:12:18-0530', '2026-05-17T09:42:18.000Z'],
		['2026-05-17T09:42:18.999Z', '2026-05-17T09:42:18.000Z'],
		['2026-05-17T09:42Z', '2026-05-17T09:42:00.000Z'],
	])('reads %s, with its zone, to the second', (text, iso) => {
		expect(new Date(parseTimeArgument(text, NOW)!).toISOString()).toBe(iso);
	});

	it.each([
		['2026-05-17 05:42:18', '2026-05-17T09:42:18.000Z'],
		['2026-05-17 05:42', '2026-05-17T09:42:00.000Z'],
		['2026-01-17 05:42', '2026-01-17T10:42:00.000Z'],
		['2026-05-17T05:42:18', '2026-05-17T09:42:18.000Z'],
	])('reads %s without a zone as local time (New York here)', (text, iso) => {
		expect(new Date(parseTimeArgument(text, NOW)!).toISOString()).toBe(iso);
	});

	it.each([
		['now', '2026-05-17T09:42:18.000Z'],
		['40m ago', '2026-05-17T09:02:18.000Z'],
		['2h ago', '2026-05-17T07:42:18.000Z'],
		['3d ago', '2026-05-14T09:42:18.000Z'],
		[' 15 m ago ', '2026-05-17T09:27:18.000Z'],
	])('reads %s relative to now', (text, iso) => {
		expect(new Date(parseTimeArgument(text, NOW)!).toISOString()).toBe(iso);
	});

	it('counts days as calendar days across a change of summer time', () => {
		const afterChange = new Date('2026-03-10T12:00:00-04:00');
		expect(new Date(parseTimeArgument('3d ago', afterChange)!).toISOString()).toBe('2026-03-07T17:00:00.000Z');
	});

	it.each(['yesterday', '2026-05-17', '2026-02-30 10:00', '17/05/2026 09:42', '2026-05-17 9:42', '5 minutes ago', 'ago', ''])('rejects %j', text => {
		expect(parseTimeArgument(text, NOW)).toBeUndefined();
	});
});

describe('times in log lines', () => {
	it('reads UTC and local timestamps', () => {
		expect(parseLineTime('[2026-05-17 09:42:18Z]', 1, true)).toBe(Date.parse('2026-05-17T09:42:18Z'));
		expect(parseLineTime('[2026-05-17 05:42:18]', 1, false)).toBe(Date.parse('2026-05-17T09:42:18Z'));
		expect(parseLineTime('[2026-05-17 05:42:19]', 1, false)).toBe(Date.parse('2026-05-17T09:42:19Z'));
		expect(parseLineTime('[2026-05-17 05:42:19Z]', 1, true)).toBe(Date.parse('2026-05-17T05:42:19Z'));
	});

	it('reads UTC timestamps as Date.parse does, however far apart in time consecutive ones are', () => {
		let seed = 11;
		const next = () => {
			seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
			return seed / 2_147_483_648;
		};

		let time = Date.parse('1999-12-31T22:00:00Z');
		for (let index = 0; index < 5000; index++) {
			// Seconds, hours or years on: the same day as the last line, the next, or one far away.
			time += Math.floor(next() * [60, 7200, 86_400 * 800][index % 3]!) * 1000;
			const text = `[${new Date(time).toISOString().slice(0, 19).replace('T', ' ')}Z] x`;
			expect(parseLineTime(text, 1, true), text).toBe(time);
		}
	});

	it.each(['2026-13-17 09:42:18', '2026-05-17 24:42:18', '2026-05-17 09:60:18', '2026-05-17 09:42:61', '2026-05-17T09:42:18', '2026-05-1 09:42:18', 'abcd-05-17 09:42:18'])('rejects %s', text => {
		expect(parseLineTime(text, 0, true)).toBeUndefined();
	});
});

describe('times shown', () => {
	const time = Date.parse('2026-05-17T09:42:18Z');

	it('shows UTC as the logs do, or local time with its offset', () => {
		expect(formatTime(time, 'utc')).toBe('2026-05-17 09:42:18Z');
		expect(formatTime(time, 'local')).toBe('2026-05-17 05:42:18-04:00');
		expect(formatIsoTime(time, 'utc')).toBe('2026-05-17T09:42:18Z');
		expect(formatIsoTime(Date.parse('2026-01-17T09:42:18Z'), 'local')).toBe('2026-01-17T04:42:18-05:00');
	});

	it('gives UTC as Date#toISOString does, to the second, on every day and at either end of one', () => {
		const times = [0, -1, -86_400_000, Date.parse('2026-12-31T23:59:59.999Z'), Date.parse('2028-02-29T00:00:00Z'), Date.parse('1969-12-31T23:59:59Z')];
		for (let time = Date.parse('2025-06-01T00:00:00Z'); time < Date.parse('2038-01-01T00:00:00Z'); time += 7_777_777_777 / 1000) {
			times.push(Math.floor(time));
		}

		for (const time of times) {
			expect(formatIsoTime(time, 'utc'), String(time)).toBe(`${new Date(time).toISOString().slice(0, 19)}Z`);
		}
	});
});
