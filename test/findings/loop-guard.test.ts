import {describe, expect, it} from 'vitest';
import {finding} from '../../src/findings/finding.ts';
import {addsLoopGuard, DEFAULT_LOOP_GUARD, isDestructive} from '../../src/findings/loop-guard.ts';

const destructive = [finding('DESTRUCTIVE_GIT'), finding('GIT_PUSH')];
const now = Date.parse('2026-05-17T09:42:18.000Z');
const secondsAgo = (seconds: number) => now - (seconds * 1000);

describe('isDestructive', () => {
	it.each([
		[[finding('DANGEROUS_DELETE_ROOT')], true],
		[[finding('AUDIT_TAMPER')], true],
		[[finding('SUDO_USAGE'), finding('PACKAGE_INSTALL'), finding('GIT_PUSH')], false],
		[[finding('LOOP_GUARD')], false],
		[[], false],
	])('%j → %s', (findings, expected) => {
		expect(isDestructive(findings)).toBe(expected);
	});
});

describe('addsLoopGuard', () => {
	it('defaults to 3 destructive commands in 60 seconds', () => {
		expect(DEFAULT_LOOP_GUARD).toEqual({count: 3, seconds: 60});
	});

	it('marks the destructive command that makes the third within the window', () => {
		expect(addsLoopGuard({findings: destructive, now, earlierDestructiveTimes: [secondsAgo(1)]})).toBe(false);
		expect(addsLoopGuard({findings: destructive, now, earlierDestructiveTimes: [secondsAgo(50), secondsAgo(1)]})).toBe(true);
	});

	it('goes on marking while the window stays full', () => {
		expect(addsLoopGuard({findings: destructive, now, earlierDestructiveTimes: [secondsAgo(30), secondsAgo(20), secondsAgo(10), secondsAgo(5)]})).toBe(true);
	});

	it('forgets commands older than the window, and keeps one exactly at its edge', () => {
		expect(addsLoopGuard({findings: destructive, now, earlierDestructiveTimes: [secondsAgo(61), secondsAgo(1)]})).toBe(false);
		expect(addsLoopGuard({findings: destructive, now, earlierDestructiveTimes: [secondsAgo(60), secondsAgo(1)]})).toBe(true);
	});

	it('counts an earlier time that reads later than now', () => {
		expect(addsLoopGuard({findings: destructive, now, earlierDestructiveTimes: [now + 5, secondsAgo(1)]})).toBe(true);
	});

	it('never marks a command that is not destructive itself', () => {
		expect(addsLoopGuard({findings: [finding('SUDO_USAGE')], now, earlierDestructiveTimes: [secondsAgo(3), secondsAgo(2), secondsAgo(1)]})).toBe(false);
	});

	it('takes another limit', () => {
		const limit = {count: 2, seconds: 5};
		expect(addsLoopGuard({findings: destructive, now, earlierDestructiveTimes: [secondsAgo(4)]}, limit)).toBe(true);
		expect(addsLoopGuard({findings: destructive, now, earlierDestructiveTimes: [secondsAgo(6)]}, limit)).toBe(false);
	});
});
