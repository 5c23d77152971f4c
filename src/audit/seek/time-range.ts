import {open, type FileHandle} from 'node:fs/promises';
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
 * out of it, so the range is widened by its disorder at both ends.
 */
export async function timeRange(file: string, since: number | undefined, until: number | undefined, log = TEXT_LOG): Promise<ByteRange> {
	// Unreadable: the whole file, and the scan that follows reports it.
	const handle = await open(file).catch(() => undefined);
	if (handle === undefined) {
		return {start: 0, end: Number.POSITIVE_INFINITY};
	}

	try {
		const size = (await handle.stat()).size;
		return {
			start: since === undefined ? 0 : (await boundary(handle, size, since - log.disorderMs, log)).before,
			end: until === undefined ? size : (await boundary(handle, size, until + log.disorderMs + 1000, log)).after,
		};
	} finally {
		await handle.close();
	}
}

type Boundary = {
	/** A line start with every line before it timed before the target (within the disorder). */
	before: number;
	/** A line start with every line from it on timed at the target or after (within the disorder). */
	after: number;
};

async function boundary(handle: FileHandle, size: number, target: number, log: TimedLog): Promise<Boundary> {
	let low = 0;
	let high = size;
	let after = size;
	while (high - low > BLOCK_SIZE) {
		const middle = Math.floor((low + high) / 2);
		const probe = await firstTimedLineAfter(handle, middle, high, log);
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
async function firstTimedLineAfter(handle: FileHandle, position: number, limit: number, log: TimedLog): Promise<Probe | undefined> {
	let start = await nextLineStart(handle, position, limit);
	while (start !== undefined) {
		const time = log.lineTime((await readAt(handle, start, HEAD_SIZE)).toString('latin1'));
		if (time !== undefined) {
			return {start, time};
		}

		start = await nextLineStart(handle, start, limit);
	}

	return undefined;
}

// The start of the line after the one holding `position`, if it is before `limit`.
async function nextLineStart(handle: FileHandle, position: number, limit: number): Promise<number | undefined> {
	for (let blockStart = position; blockStart < limit; blockStart += BLOCK_SIZE) {
		const block = await readAt(handle, blockStart, Math.min(BLOCK_SIZE, limit - blockStart));
		const newline = block.indexOf(NEWLINE);
		if (newline >= 0) {
			const start = blockStart + newline + 1;
			return start < limit ? start : undefined;
		}
	}

	return undefined;
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
	const buffer = Buffer.allocUnsafe(length);
	const {bytesRead} = await handle.read(buffer, 0, length, position);
	return buffer.subarray(0, bytesRead);
}
