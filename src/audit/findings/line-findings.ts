import type {Finding} from '../../findings/finding.ts';
import {escapeCommand} from '../../writer/escape-command.ts';
import {EVENTS_LOG} from '../events/events-log.ts';
import {parseRecord} from '../events/read-events.ts';
import type {CommandLine} from '../read/command-line.ts';
import type {Damage} from '../read/damage.ts';
import {READ_IN_TURN, readLineChunks} from '../read/line-chunks.ts';
import {forEachLineContaining} from '../read/line-visitors.ts';
import {timeRange} from '../seek/time-range.ts';
import {TIMESTAMP_LENGTH} from '../time/line-time.ts';
import {recordFindings, WITH_FINDINGS} from './record-findings.ts';

const NEWLINE = 10;
const HEAD_SIZE = 256;
// Lines further apart than this are looked up apart.
const RUN_GAP_MS = 2 * EVENTS_LOG.disorderMs;
// A chunk is bisected down to this many bytes: a few records.
const BISECTION_END = 4096;
// Up to this far ahead, reading on (the chunks before the lines are not even searched) costs less than a search by
// time and a new read buffer.
const JUMP_BYTES = 1 << 21;

export type FoundLines = {
	lines: CommandLine[];
	/** The findings of those of the lines that have some. */
	findings: ReadonlyMap<CommandLine, readonly Finding[]>;
};

const SHORT_ID_FIELD = '"short_id":"';
const TIME_FIELD = '"time":"';

/**
 * The findings of text log lines, from the records of events.jsonl that have some: a line and its record share the
 * session, the second and the command. The lines come in time order, and the records are read alongside, from a
 * little before the first line's time to a little after the last one's; a stretch of events.jsonl that no line falls
 * in is skipped with a search by time. A query pays for the times it prints, not for the size of events.jsonl, ten
 * times that of the text log.
 */
class LineFindings {
	readonly #file: string;
	readonly #damage: Damage;
	#chunks: AsyncGenerator<Buffer> | undefined;
	#ended = false;
	/** Where the chunks have been read up to, and the time of the last line read. */
	#position = 0;
	#readUpTo = Number.NEGATIVE_INFINITY;
	/** Where and when the reading started: how many bytes a second of events.jsonl takes. */
	#started = {position: 0, time: Number.NaN};
	/**
	 * Records read and not yet matched, by `<short id> <second>`, in the order read: as text, parsed only when a line
	 * may be theirs, since most records read are of lines a search does not print.
	 */
	readonly #pending = new Map<string, string[]>();

	constructor(file: string, damage: Damage) {
		this.#file = file;
		this.#damage = damage;
	}

	async findingsOf(lines: CommandLine[]): Promise<Map<CommandLine, readonly Finding[]>> {
		const found = new Map<CommandLine, readonly Finding[]>();
		for (const run of timeRuns(lines)) {
			await this.#readThrough(run.first, run.last + 1000 + EVENTS_LOG.disorderMs);
			this.#forgetBefore(run.first - (2 * EVENTS_LOG.disorderMs));
			for (const line of run.lines) {
				const findings = this.#take(line);
				if (findings !== undefined) {
					found.set(line, findings);
				}
			}
		}

		return found;
	}

	async close(): Promise<void> {
		await this.#chunks?.return(undefined);
	}

	async #readThrough(from: number, until: number): Promise<void> {
		if (this.#readUpTo >= until) {
			return;
		}

		if (from - EVENTS_LOG.disorderMs > this.#readUpTo && this.#bytesUntil(from) > JUMP_BYTES) {
			// From where lines a little out of order before `from` may have their records.
			await this.#startAt(timeRange(this.#file, from - EVENTS_LOG.disorderMs, undefined, EVENTS_LOG).start);
		}

		while (!this.#ended && this.#readUpTo < until) {
			const next = await this.#chunks!.next();
			if (next.done) {
				this.#ended = true;
			} else {
				this.#read(next.value, from);
			}
		}
	}

	// How far ahead `time` is likely to be, at the rate read so far; unknown before anything is read.
	#bytesUntil(time: number): number {
		const bytesPerMs = (this.#position - this.#started.position) / (this.#readUpTo - this.#started.time);
		return this.#chunks === undefined || !(bytesPerMs > 0) ? Number.POSITIVE_INFINITY : (time - this.#readUpTo) * bytesPerMs;
	}

	async #startAt(position: number): Promise<void> {
		if (this.#chunks !== undefined && position <= this.#position) {
			return;
		}

		await this.close();
		// In small blocks, read when needed: from here a few records may be all the lines want, before the next jump.
		this.#chunks = readLineChunks(this.#file, this.#damage, {start: position, end: Number.POSITIVE_INFINITY}, READ_IN_TURN);
		this.#ended = false;
		this.#position = position;
		this.#started = {position, time: Number.NaN};
		this.#pending.clear();
	}

	// The records with findings of a chunk that lines from `from` on may be: only the part of the chunk that may hold
	// them, disorder allowed (of the lines, and of the records), is searched.
	#read(bytes: Buffer, from: number): void {
		if (Number.isNaN(this.#started.time)) {
			this.#started.time = lineTime(bytes, 0) ?? Number.NaN;
		}

		this.#position += bytes.length;
		const last = lineTime(bytes, bytes.lastIndexOf(NEWLINE, bytes.length - 2) + 1);
		this.#readUpTo = Math.max(this.#readUpTo, last ?? Number.NEGATIVE_INFINITY);
		const since = from - (2 * EVENTS_LOG.disorderMs);
		if (last !== undefined && last < since) {
			return;
		}

		const sinceSecond = logSecond(since);
		forEachLineContaining(bytes.subarray(firstLineFrom(bytes, since)), [WITH_FINDINGS], [], (text, lineStart, lineEnd) => {
			const record = text.slice(lineStart, lineEnd);
			const key = recordKey(record);
			if (key === undefined || key.slice(key.indexOf(' ') + 1) < sinceSecond) {
				return;
			}

			const pending = this.#pending.get(key);
			if (pending === undefined) {
				this.#pending.set(key, [record]);
			} else {
				pending.push(record);
			}
		});
	}

	#forgetBefore(time: number): void {
		const second = logSecond(time);
		for (const key of this.#pending.keys()) {
			if (key.slice(key.indexOf(' ') + 1) >= second) {
				return;
			}

			this.#pending.delete(key);
		}
	}

	#take(line: CommandLine): Finding[] | undefined {
		if (this.#pending.size === 0) {
			return undefined;
		}

		// `[2026-05-17 09:42:18Z] …`: the line's second as text, as the record's is made.
		const key = `${line.shortId} ${line.text.slice(1, 1 + TIMESTAMP_LENGTH)}`;
		const pending = this.#pending.get(key) ?? [];
		for (const [index, text] of pending.entries()) {
			const record = parseRecord(text);
			const findings = record === undefined ? [] : recordFindings(record);
			if (record?.kind === 'pre' && record.short_id === line.shortId && typeof record.command === 'string' && escapeCommand(record.command) === line.command && findings.length > 0) {
				pending.splice(index, 1);
				if (pending.length === 0) {
					this.#pending.delete(key);
				}

				return findings;
			}
		}

		return undefined;
	}
}

type TimeRun = {lines: CommandLine[]; first: number; last: number};

// The lines in runs close in time: the records between two runs need not be read. The Python hooks' lines have no
// records.
function* timeRuns(lines: CommandLine[]): Generator<TimeRun> {
	let run: TimeRun | undefined;
	for (const line of lines) {
		if (line.legacy) {
			continue;
		}

		if (run !== undefined && line.time >= run.first - RUN_GAP_MS && line.time <= run.last + RUN_GAP_MS) {
			run.lines.push(line);
			run.first = Math.min(run.first, line.time);
			run.last = Math.max(run.last, line.time);
		} else {
			if (run !== undefined) {
				yield run;
			}

			run = {lines: [line], first: line.time, last: line.time};
		}
	}

	if (run !== undefined) {
		yield run;
	}
}

// `<short id> <second>` of a record's text, found without parsing it, the second as the text logs write it:
// `2026-05-17T09:42:18.123Z` gives `2026-05-17 09:42:18`, which sorts as the time does.
function recordKey(text: string): string | undefined {
	const time = text.indexOf(TIME_FIELD) + TIME_FIELD.length;
	const start = text.indexOf(SHORT_ID_FIELD) + SHORT_ID_FIELD.length;
	const end = text.indexOf('"', start);
	if (time < TIME_FIELD.length || start < SHORT_ID_FIELD.length || end < 0) {
		return undefined;
	}

	return `${text.slice(start, end)} ${text.slice(time, time + 10)} ${text.slice(time + 11, time + TIMESTAMP_LENGTH)}`;
}

function logSecond(time: number): string {
	return new Date(time).toISOString().slice(0, TIMESTAMP_LENGTH).replace('T', ' ');
}

// Where in a chunk its lines reach `time`, found by bisection: a line start, with the lines before it all earlier
// (records out of order aside: the caller allows for them).
function firstLineFrom(bytes: Buffer, time: number): number {
	let low = 0;
	let high = bytes.length;
	while (high - low > BISECTION_END) {
		const lineStart = bytes.indexOf(NEWLINE, (low + high) >>> 1) + 1;
		const lineTimed = lineStart > 0 && lineStart < high ? lineTime(bytes, lineStart) : undefined;
		if (lineTimed !== undefined && lineTimed < time) {
			low = lineStart;
		} else {
			high = (low + high) >>> 1;
		}
	}

	return low;
}

function lineTime(bytes: Buffer, lineStart: number): number | undefined {
	return EVENTS_LOG.lineTime(bytes.toString('latin1', lineStart, Math.min(lineStart + HEAD_SIZE, bytes.length)));
}

/** The lines with their findings, when there is an events.jsonl to take them from. */
export async function* withFindings(batches: AsyncIterable<CommandLine[]>, eventsLog: string | undefined, damage: Damage): AsyncGenerator<FoundLines> {
	const lineFindings = eventsLog === undefined ? undefined : new LineFindings(eventsLog, damage);
	try {
		for await (const lines of batches) {
			yield {lines, findings: await lineFindings?.findingsOf(lines) ?? new Map()};
		}
	} finally {
		await lineFindings?.close();
	}
}
