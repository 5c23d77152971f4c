import {readSync, writeSync} from 'node:fs';
import {sealedHash} from '../integrity/record-seal.ts';
import {linesFromEnd} from './lines-from-end.ts';

// How far back to look for the previous record; further back than this only a crash or tampering can leave us.
const MAX_SCAN_BYTES = 64 * 1024 * 1024;
// Enough of a line's end to hold its seal: `,"hash":"<64 hex>"}`.
const SEAL_TAIL = 80;

export type SessionHead = {hash: string; end: number};

/** The hash of the last sealed record of events.jsonl (torn fragments after it are skipped). */
export function lastRecordHash(descriptor: number, size: number): string | undefined {
	// Nearly always the file ends with a whole record, whose seal is in its last bytes.
	const last = sealEndingAt(descriptor, size);
	if (last !== undefined) {
		return last;
	}

	for (const line of linesFromEnd(descriptor, size, MAX_SCAN_BYTES)) {
		const hash = sealedHash(line.text.slice(-SEAL_TAIL));
		if (hash !== undefined) {
			return hash;
		}
	}

	return undefined;
}

/**
 * The hash of the session's last record. The heads file is written before each append, so it is either current or
 * names a record that never landed (a crash, a full disk): that is checked, and then the log itself is searched.
 */
export function lastSessionHash(descriptor: number, size: number, heads: number, sessionId: string | undefined): string | undefined {
	const head = readHead(heads);
	if (head !== undefined && head.end <= size && sealEndingAt(descriptor, head.end) === head.hash) {
		return head.hash;
	}

	const sessionField = `"session_id":${JSON.stringify(sessionId ?? null)},`;
	for (const line of linesFromEnd(descriptor, size, MAX_SCAN_BYTES)) {
		const hash = sealedHash(line.text.slice(-SEAL_TAIL));
		if (hash !== undefined && line.text.includes(sessionField)) {
			return hash;
		}
	}

	return undefined;
}

// `<64 hex> <16 digits>\n`
const HEAD_LENGTH = 82;

/** Fixed length, so that it can be overwritten in place. */
function formatHead(head: SessionHead): string {
	return `${head.hash} ${String(head.end).padStart(16, '0')}\n`;
}

/** `heads` is the heads file's descriptor; the head is overwritten in place, at a fixed length. */
export function writeHead(heads: number, head: SessionHead): void {
	writeSync(heads, formatHead(head), 0);
}

function readHead(heads: number): SessionHead | undefined {
	const bytes = Buffer.alloc(HEAD_LENGTH);
	const [hash, end] = bytes.subarray(0, readSync(heads, bytes, 0, HEAD_LENGTH, 0)).toString().trim().split(' ');
	return hash === undefined || end === undefined ? undefined : {hash, end: Number(end)};
}

/** The seal of the whole line that ends, newline included, at `end`; undefined when there is none. */
function sealEndingAt(descriptor: number, end: number): string | undefined {
	const start = Math.max(0, end - 1 - SEAL_TAIL);
	const bytes = Buffer.alloc(end - start);
	readSync(descriptor, bytes, 0, bytes.length, start);
	return bytes.at(-1) === 0x0A ? sealedHash(bytes.toString('latin1', 0, bytes.length - 1)) : undefined;
}
