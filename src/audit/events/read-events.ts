import type {EventRecord} from '../../event/event-record.ts';
import type {Damage} from '../read/damage.ts';
import {decodePieces} from '../read/decode-pieces.ts';
import {readLineChunks, type ByteRange} from '../read/line-chunks.ts';
import {forEachLine, forEachLineContaining, type LineVisitor} from '../read/line-visitors.ts';

/**
 * The records of events.jsonl, in batches; with needles, only those whose line contains one (a short id, say), which
 * spares parsing the rest; with a range, only that part of the file. A line that is not a record is skipped and
 * counted.
 */
export async function* readEvents(file: string, damage: Damage, needle?: Buffer | Buffer[], range?: ByteRange): AsyncGenerator<EventRecord[]> {
	const needles = needle === undefined || Array.isArray(needle) ? needle : [needle];
	for await (const bytes of readLineChunks(file, damage, range)) {
		const batch: EventRecord[] = [];
		const keepRecord: LineVisitor = (text, lineStart, lineEnd) => {
			const record = parseRecord(text.slice(lineStart, lineEnd));
			if (record === undefined) {
				damage.skipLine();
			} else {
				batch.push(record);
			}
		};

		if (needles === undefined) {
			for (const text of decodePieces(bytes)) {
				forEachLine(text, keepRecord);
			}
		} else {
			forEachLineContaining(bytes, needles, [], keepRecord);
		}

		yield batch;
	}
}

/** A line of events.jsonl as a record; undefined when it is not one. */
export function parseRecord(line: string): EventRecord | undefined {
	let value;
	try {
		value = JSON.parse(line) as Partial<EventRecord> | null;
	} catch {
		return undefined;
	}

	return typeof value?.kind === 'string' && typeof value.time === 'string' && typeof value.short_id === 'string'
		&& Number.isFinite(Date.parse(value.time))
		? value as EventRecord
		: undefined;
}
