// LOOP_GUARD: an agent caught in a destructive loop. A command with a critical or high finding gets LOOP_GUARD when,
// with the session's earlier such commands of the last `seconds`, it makes `count` or more: the command that crosses
// the line, and every destructive one after it while the window stays full.

import type {Finding} from './finding.ts';

export type LoopGuardLimit = {count: number; seconds: number};

export const DEFAULT_LOOP_GUARD: LoopGuardLimit = {count: 3, seconds: 60};

/** A command is destructive when it has a critical or high finding other than LOOP_GUARD itself. */
export function isDestructive(findings: readonly Finding[]): boolean {
	return findings.some(({name, severity}) => name !== 'LOOP_GUARD' && (severity === 'critical' || severity === 'high'));
}

export type LoopGuardInput = {
	/** The current command's findings. */
	findings: readonly Finding[];
	/** When the current command runs, in milliseconds since the epoch. */
	now: number;
	/** When the session's earlier destructive commands ran, in milliseconds since the epoch, in any order. */
	earlierDestructiveTimes: readonly number[];
};

/**
 * Whether LOOP_GUARD is added to the current command. The window is inclusive: a command exactly `seconds` before
 * counts. An earlier time later than `now` (concurrent hooks, a clock step) counts as within the window.
 */
export function addsLoopGuard({findings, now, earlierDestructiveTimes}: LoopGuardInput, limit: LoopGuardLimit = DEFAULT_LOOP_GUARD): boolean {
	if (!isDestructive(findings)) {
		return false;
	}

	const windowStart = now - (limit.seconds * 1000);
	const inWindow = earlierDestructiveTimes.filter(time => time >= windowStart).length;
	return inWindow + 1 >= limit.count;
}
