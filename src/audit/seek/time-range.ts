import {closeSync, fstatSync, openSync, readSync} from 'node:fs';
import type {ByteRange} from '../read/line-chunks.ts';
import {parseLogLine} from '../read/parse-line.ts';

const NEWLINE = 10;
const BLOCK_SIZE = 1 << 16;
// Enough for the time, the agent and the short id, each at their longest: all a probe reads of a line.
const HEAD_SIZE = 256;
/**
 * How far out of time order a line may be. The writer's lock keeps lines in order; without it (the Python hooks, a
 * lock given up on) two hooks can take their times and write in the other order, a fraction of a second apart.
 */
export const MAX_DISORDER_MS = 5 * 60 * 1000;

/** How to read the time of a log's lines, and how far out of time order they may be. */
export type TimedLog = {
	/** The time of the line `head` begins with (`head` holds its first 256 bytes at most), if it has one. */
	lineTime: (head: string) => number | undefined;
	disorderMs: number;
};

/** A session log's lines. */
export const TEXT_LOG: TimedLog = {
	lineTime(head) {
		const newline = head.indexOf('\n');
		return parseLogLine(head, 0, newline < 0 ? head.length : newline)?.time;
	},
	disorderMs: MAX_DISORDER_MS,
};

/**
 * The part of a log that holds every line timed between `since` and `until` (either may be open), found by binary
 * search on byte offsets: a few small reads whatever the log's size. The log is in time order but for lines a little
 * out of it, so the range is widened by its disorder at both ends. The reads are synchronous: small ones, from the
 * page cache, cost less than a trip to libuv's threads.
 */
export function timeRange(file: string, since: number | undefined, until: number | undefined, log = TEXT_LOG): ByteRange {
	let descriptor;
	try {
		descriptor = openSync(file, 'r');
	} catch {
		// Unreadable: the whole file, and the scan that follows reports it.
		return {start: 0, end: Number.POSITIVE_INFINITY};
	}

	try {
		const {size} = fstatSync(descriptor);
		return {
			start: since === undefined ? 0 : boundary(descriptor, size, since - log.disorderMs, log).before,
			end: until === undefined ? size : boundary(descriptor, size, until + log.disorderMs + 1000, log).after,
		};
	} finally {
		closeSync(descriptor);
	}
}

type Boundary = {
	/** A line start with every line before it timed before the target (within the disorder). */
	before: number;
	/** A line start with every line from it on timed at the target or after (within the disorder). */
	after: number;
};

function boundary(descriptor: number, size: number, target: number, log: TimedLog): Boundary {
	let low = 0;
	let high = size;
	let after = size;
	while (high - low > BLOCK_SIZE) {
		const middle = Math.floor((low + high) / 2);
		const probe = firstTimedLineAfter(descriptor, middle, high, log);
		if (probe !== undefined && probe.time < target) {
			low = probe.start;
		} else {
			high = middle;
			after = probe?.start ?? after;
		}
	}

	return {before: low, after};
}

type Probe = {start: number; time: number};

// The first line that starts after `position` and before `limit` and whose time parses.
function firstTimedLineAfter(descriptor: number, position: number, limit: number, log: TimedLog): Probe | undefined {
	let start = nextLineStart(descriptor, position, limit);
	while (start !== undefined) {
		const time = log.lineTime(readAt(descriptor, start, HEAD_SIZE).toString('latin1'));
		if (time !== undefined) {
			return {start, time};
		}

		start = nextLineStart(descriptor, start, limit);
	}

	return undefined;
}

// The start of the line after the one holding `position`, if it is before `limit`.
function nextLineStart(descriptor: number, position: number, limit: number): number | undefined {
	for (let blockStart = position; blockStart < limit; blockStart += BLOCK_SIZE) {
		const block = readAt(descriptor, blockStart, Math.min(BLOCK_SIZE, limit - blockStart));
		const newline = block.indexOf(NEWLINE);
		if (newline >= 0) {
			const start = blockStart + newline + 1;
			return start < limit ? start : undefined;
		}
	}

	return undefined;
}

function readAt(descriptor: number, position: number, length: number): Buffer {
	const buffer = Buffer.allocUnsafe(length);
	return buffer.subarray(0, readSync(descriptor, buffer, 0, length, position));
}
