import type {Finding} from '../../findings/finding.ts';
import {escapeCommand} from '../../writer/escape-command.ts';
import {EVENTS_LOG} from '../events/events-log.ts';
import {parseRecord} from '../events/read-events.ts';
import type {CommandLine} from '../read/command-line.ts';
import type {Damage} from '../read/damage.ts';
import {readLineChunks} from '../read/line-chunks.ts';
import {forEachLineContaining} from '../read/line-visitors.ts';
import {rareNeedle} from '../search/rare-needle.ts';
import {timeRange} from '../seek/time-range.ts';
import {recordFindings} from './record-findings.ts';

// Only a record with findings holds it: the others have `"findings":[]`, or none.
const WITH_FINDINGS = Buffer.from('"findings":[{');
const NEWLINE = 10;
const HEAD_SIZE = 256;
// Up to this far ahead, reading on costs less than a search for where to start again.
const JUMP_BYTES = 1 << 22;

export type FoundLines = {
	lines: CommandLine[];
	/** The findings of those of the lines that have some. */
	findings: ReadonlyMap<CommandLine, readonly Finding[]>;
};

type Pending = {command: string; findings: Finding[]};

/**
 * The findings of text log lines, from the records of events.jsonl that have some: a line and its record share the
 * session, the second and the command. The lines come in time order, and the records are read alongside, from a
 * little before the first line's time to a little after the last one's; a stretch of events.jsonl that no line falls
 * in is skipped with a search by time. A query pays for the times it prints, not for the size of events.jsonl, ten
 * times that of the text log.
 */
export class LineFindings {
	readonly #file: string;
	readonly #damage: Damage;
	#needle: Buffer | undefined;
	#chunks: AsyncGenerator<Buffer> | undefined;
	#ended = false;
	/** Where the chunks have been read up to, and the time of the last line read. */
	#position = 0;
	#readUpTo = Number.NEGATIVE_INFINITY;
	/** Where and when the reading started: how many bytes a second of events.jsonl takes. */
	#started = {position: 0, time: Number.NaN};
	/** Records read and not yet matched, by `<short id> <second>`, in the order read. */
	readonly #pending = new Map<string, Pending[]>();

	constructor(file: string, damage: Damage) {
		this.#file = file;
		this.#damage = damage;
	}

	async findingsOf(lines: CommandLine[]): Promise<Map<CommandLine, readonly Finding[]>> {
		const found = new Map<CommandLine, readonly Finding[]>();
		// The Python hooks' lines have no records.
		const timed = lines.filter(line => !line.legacy);
		if (timed.length === 0) {
			return found;
		}

		const first = timed.reduce((earliest, line) => Math.min(earliest, line.time), Number.POSITIVE_INFINITY);
		const last = timed.reduce((latest, line) => Math.max(latest, line.time), Number.NEGATIVE_INFINITY);
		await this.#readThrough(first, last + 1000 + EVENTS_LOG.disorderMs);
		this.#forgetBefore(first - EVENTS_LOG.disorderMs);
		for (const line of timed) {
			const findings = this.#take(line);
			if (findings !== undefined) {
				found.set(line, findings);
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
			await this.#startAt((await timeRange(this.#file, from, undefined, EVENTS_LOG)).start);
		}

		while (!this.#ended && this.#readUpTo < until) {
			const next = await this.#chunks!.next();
			if (next.done) {
				this.#ended = true;
			} else {
				this.#read(next.value);
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
		this.#chunks = readLineChunks(this.#file, this.#damage, {start: position, end: Number.POSITIVE_INFINITY});
		this.#ended = false;
		this.#position = position;
		this.#started = {position, time: Number.NaN};
		this.#pending.clear();
	}

	#read(bytes: Buffer): void {
		this.#needle ??= rareNeedle(WITH_FINDINGS, bytes);
		forEachLineContaining(bytes, [this.#needle], [], (text, lineStart, lineEnd) => {
			const record = parseRecord(text.slice(lineStart, lineEnd));
			const findings = record === undefined ? [] : recordFindings(record);
			if (record?.kind === 'pre' && typeof record.command === 'string' && findings.length > 0) {
				const key = `${record.short_id} ${Math.floor(Date.parse(record.time) / 1000) * 1000}`;
				const pending = this.#pending.get(key) ?? [];
				pending.push({command: escapeCommand(record.command), findings});
				this.#pending.set(key, pending);
			}
		});

		if (Number.isNaN(this.#started.time)) {
			this.#started.time = lineTime(bytes, 0) ?? Number.NaN;
		}

		this.#position += bytes.length;
		this.#readUpTo = Math.max(this.#readUpTo, lineTime(bytes, bytes.lastIndexOf(NEWLINE, bytes.length - 2) + 1) ?? Number.NEGATIVE_INFINITY);
	}

	#forgetBefore(time: number): void {
		for (const key of this.#pending.keys()) {
			if (Number(key.slice(key.indexOf(' ') + 1)) >= time) {
				return;
			}

			this.#pending.delete(key);
		}
	}

	#take(line: CommandLine): Finding[] | undefined {
		const key = `${line.shortId} ${line.time}`;
		const pending = this.#pending.get(key);
		const index = pending?.findIndex(record => record.command === line.command) ?? -1;
		if (index < 0) {
			return undefined;
		}

		const [{findings}] = pending!.splice(index, 1) as [Pending];
		if (pending!.length === 0) {
			this.#pending.delete(key);
		}

		return findings;
	}
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
