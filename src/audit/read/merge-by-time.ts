import type {CommandLine} from './command-line.ts';

const BATCH_SIZE = 4096;

type Head = {source: AsyncIterator<CommandLine[]>; batch: CommandLine[]; index: number};

/** Lines from several logs, each in time order, as one time order (the earlier log first on a tie). */
export async function* mergeByTime(sources: Array<AsyncIterable<CommandLine[]>>): AsyncGenerator<CommandLine[]> {
	if (sources.length === 1) {
		yield* sources[0]!;
		return;
	}

	const heads: Head[] = [];
	for (const iterable of sources) {
		const head = await nextHead(iterable[Symbol.asyncIterator]());
		if (head !== undefined) {
			heads.push(head);
		}
	}

	let merged: CommandLine[] = [];
	while (heads.length > 0) {
		let earliest = 0;
		for (let index = 1; index < heads.length; index++) {
			if (currentLine(heads[index]!).time < currentLine(heads[earliest]!).time) {
				earliest = index;
			}
		}

		const head = heads[earliest]!;
		merged.push(currentLine(head));
		if (++head.index === head.batch.length) {
			const next = await nextHead(head.source);
			if (next === undefined) {
				heads.splice(earliest, 1);
			} else {
				heads[earliest] = next;
			}
		}

		if (merged.length === BATCH_SIZE) {
			yield merged;
			merged = [];
		}
	}

	yield merged;
}

function currentLine(head: Head): CommandLine {
	return head.batch[head.index]!;
}

async function nextHead(source: AsyncIterator<CommandLine[]>): Promise<Head | undefined> {
	for (let result = await source.next(); !result.done; result = await source.next()) {
		if (result.value.length > 0) {
			return {source, batch: result.value, index: 0};
		}
	}

	return undefined;
}
