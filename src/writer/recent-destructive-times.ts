import {closeSync, constants, fstatSync, openSync} from 'node:fs';
import type {SealedRecord} from '../event/event-record.ts';
import {isDestructive} from '../findings/loop-guard.ts';
import {linesFromEnd} from './lines-from-end.ts';

// Concurrent writers put records slightly out of time order: look this much further back than the window.
const ORDER_SLACK_MS = 10_000;
const MAX_SCAN_BYTES = 16 * 1024 * 1024;
const TIME = /"time":"([^"]+)"/;

/** When the session's destructive commands of the last `windowMs` ran, read from the end of events.jsonl. */
export function recentDestructiveTimes(eventsLog: string, sessionId: string | null, now: number, windowMs: number): number[] {
	let descriptor: number;
	try {
		descriptor = openSync(eventsLog, constants.O_RDONLY | constants.O_NOFOLLOW);
	} catch {
		return [];
	}

	const sessionField = `"session_id":${JSON.stringify(sessionId)},`;
	const times: number[] = [];
	try {
		for (const {text} of linesFromEnd(descriptor, fstatSync(descriptor).size, MAX_SCAN_BYTES)) {
			const time = Date.parse(TIME.exec(text)?.[1] ?? '');
			if (time < now - windowMs - ORDER_SLACK_MS) {
				break;
			}

			if (text.includes(sessionField) && text.includes('"kind":"pre"') && isDestructive(parseFindings(text))) {
				times.push(time);
			}
		}
	} finally {
		closeSync(descriptor);
	}

	return times;
}

function parseFindings(line: string): NonNullable<SealedRecord['findings']> {
	try {
		return (JSON.parse(line) as SealedRecord).findings ?? [];
	} catch {
		return [];
	}
}
