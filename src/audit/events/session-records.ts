import type {EventRecord} from '../../event/event-record.ts';
import type {Damage} from '../read/damage.ts';
import {readEvents} from './read-events.ts';

/** One session's records, in batches: only the lines naming its short id are parsed. */
export async function* sessionRecords(eventsLog: string | undefined, damage: Damage, shortId: string): AsyncGenerator<EventRecord[]> {
	if (eventsLog === undefined) {
		return;
	}

	for await (const batch of readEvents(eventsLog, damage, Buffer.from(`"short_id":"${shortId}"`))) {
		yield batch.filter(record => record.short_id === shortId);
	}
}
