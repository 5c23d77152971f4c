import {fstatSync, readSync} from 'node:fs';
import type {ByteRange} from './line-chunks.ts';

const NEWLINE = 10;
const PROBE_SIZE = 1 << 12;

/** A byte range cut into blocks of whole lines of about `blockSize` bytes, numbered from 0. */
export type LineBlocks = {range: ByteRange; blockSize: number; count: number};

/** The range of an open file, in blocks; its last block runs to the range's end, wherever the file ends by then. */
export function lineBlocks(descriptor: number, range: ByteRange, blockSize: number): LineBlocks {
	const end = Math.min(range.end, fstatSync(descriptor).size);
	return {range, blockSize, count: Math.max(1, Math.ceil((end - range.start) / blockSize))};
}

/** Block `index`: from the first line that starts in it to the first line that starts in the next. */
export function blockRange(descriptor: number, blocks: LineBlocks, index: number): ByteRange {
	const {range, blockSize, count} = blocks;
	const boundary = (block: number) => Math.min(range.end, lineStartFrom(descriptor, range.start + (block * blockSize)));
	return {
		start: index === 0 ? range.start : boundary(index),
		end: index === count - 1 ? range.end : boundary(index + 1),
	};
}

// The first line start at or after `position` (the end of the file if none).
function lineStartFrom(descriptor: number, position: number): number {
	const probe = Buffer.allocUnsafe(PROBE_SIZE);
	for (let from = position - 1; ; from += PROBE_SIZE) {
		const bytesRead = readSync(descriptor, probe, 0, PROBE_SIZE, from);
		const newline = probe.subarray(0, bytesRead).indexOf(NEWLINE);
		if (newline >= 0 || bytesRead === 0) {
			return newline >= 0 ? from + newline + 1 : from;
		}
	}
}
