import type {EventRecord} from '../../event/event-record.ts';
import type {Damage} from '../read/damage.ts';
import {decodePieces} from '../read/decode-pieces.ts';
import {readLineChunks} from '../read/line-chunks.ts';
import {forEachLine, forEachLineContaining, type LineVisitor} from '../read/line-visitors.ts';

/**
 * The records of events.jsonl, in batches; with a needle, only those whose line contains it (a short id, say), which
 * spares parsing the rest. A line that is not a record is skipped and counted.
 */
export async function* readEvents(file: string, damage: Damage, needle?: Buffer): AsyncGenerator<EventRecord[]> {
	for await (const bytes of readLineChunks(file, damage)) {
		const batch: EventRecord[] = [];
		const keepRecord: LineVisitor = (text, lineStart, lineEnd) => {
			const record = parseRecord(text.slice(lineStart, lineEnd));
			if (record === undefined) {
				damage.skipLine();
			} else {
				batch.push(record);
			}
		};

		if (needle === undefined) {
			for (const text of decodePieces(bytes)) {
				forEachLine(text, keepRecord);
			}
		} else {
			forEachLineContaining(bytes, [needle], keepRecord);
		}

		yield batch;
	}
}

function parseRecord(line: string): EventRecord | undefined {
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
