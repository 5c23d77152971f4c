import {readSync, writeSync} from 'node:fs';
import {appendToLog, logEndsWith} from './append-line.ts';
import {overwriteInPlace} from './safe-files.ts';

// A write-ahead note of the appends one event makes, so that a writer killed half-way is completed by the next one:
// `1\n<byte length>\n<JSON>` while the appends are under way; the first byte turns to `0` once they have landed.
const PENDING = '1';
const DONE = '0';
const HEADER_BYTES = 24;

export type LogAppend = {file: string; line: string};

export type PendingWrite = {appends: LogAppend[]; anchor?: {file: string; content: string}};

/** `note` is the note file's descriptor (see openPrivateFile), open for the whole chained write. */
export function notePendingWrite(note: number, write: PendingWrite): void {
	const json = JSON.stringify(write);
	// Never truncated: the header says how much of the file is the note.
	writeSync(note, `${PENDING}\n${Buffer.byteLength(json)}\n${json}`, 0);
}

export function markWriteDone(note: number): void {
	writeSync(note, DONE, 0);
}

/** Completes the appends a killed writer left undone; returns what it completed. Call under the chain lock. */
export function completePendingWrite(note: number): LogAppend[] {
	const write = readPendingWrite(note);
	if (write === undefined) {
		return [];
	}

	const completed = write.appends.filter(({file, line}) => !logEndsWith(file, line));
	for (const {file, line} of completed) {
		appendToLog(file, line);
	}

	if (write.anchor !== undefined) {
		overwriteInPlace(write.anchor.file, write.anchor.content);
	}

	markWriteDone(note);
	return completed;
}

/** The pending write a note describes, if the note is whole and not yet done. */
function readPendingWrite(note: number): PendingWrite | undefined {
	try {
		const header = readAt(note, 0, HEADER_BYTES).toString();
		const [state, length] = header.split('\n', 2);
		if (state !== PENDING || length === undefined || !/^\d+$/.test(length)) {
			return undefined;
		}

		const json = readAt(note, state.length + length.length + 2, Number(length));
		// A note cut short was being written when its writer died, before any append began: nothing to complete.
		return json.length === Number(length) ? JSON.parse(json.toString()) as PendingWrite : undefined;
	} catch {
		return undefined;
	}
}

function readAt(descriptor: number, position: number, length: number): Buffer {
	const bytes = Buffer.alloc(length);
	return bytes.subarray(0, readSync(descriptor, bytes, 0, length, position));
}
