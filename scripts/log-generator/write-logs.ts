import {appendFileSync, closeSync, mkdirSync, openSync, writeSync} from 'node:fs';
import {dirname, join} from 'node:path';
import type {EventRecord} from '../../src/event/event-record.ts';
import {buildRecord} from '../../src/writer/build-record.ts';
import {escapeCommand} from '../../src/writer/escape-command.ts';
import {formatCommandLines} from '../../src/writer/format-lines.ts';
import {sessionFileName} from '../../src/writer/session-file-name.ts';
import {shortId} from '../../src/writer/short-id.ts';
import type {GeneratedEvent} from './sessions.ts';

/** A command as the logs hold it: what a query should answer. */
export type WrittenCommand = {
	/** Epoch milliseconds, to the second, as in the text logs. */
	time: number;
	agent: string;
	shortId: string;
	sessionId: string | null;
	/** As logged: escaped. */
	command: string;
	exitCode: number | null;
};

export type LogFormat =
	/** This writer's: UTC, hashed short ids, `<short>-<id>.log`, events.jsonl. */
	| 'writer'
	/** The Python hooks': local time, short id = first 8 characters, `<session id>.log`, no events.jsonl. */
	| 'python';

export type WriteOptions = {
	root: string;
	format: LogFormat;
	/** The log of every session, relative to root: `.coograph/session.log`, or the Python hooks' `.claude/session.log`. */
	sessionLog: string;
	sessionFiles: boolean;
	events: boolean;
	onCommand?: (command: WrittenCommand) => void;
};

const FLUSH_SIZE = 1 << 20;
const SESSION_FILES_FLUSH_SIZE = 1 << 23;

/** Writes the events as the hooks would have, buffered: millions of lines in seconds. */
export function writeLogs(events: Iterable<GeneratedEvent>, options: WriteOptions): void {
	const sessionsFolder = join(options.root, '.coograph', 'sessions');
	mkdirSync(sessionsFolder, {recursive: true});
	mkdirSync(dirname(join(options.root, options.sessionLog)), {recursive: true});
	const sessionLog = new BufferedFile(join(options.root, options.sessionLog));
	const eventsLog = options.events ? new BufferedFile(join(options.root, '.coograph', 'events.jsonl')) : undefined;
	const sessionFiles = new Map<string, string[]>();
	let sessionFilesSize = 0;
	const flushSessionFiles = () => {
		for (const [name, lines] of sessionFiles) {
			appendFileSync(join(sessionsFolder, name), lines.join(''));
		}

		sessionFiles.clear();
		sessionFilesSize = 0;
	};

	const shortIds = new Map<string | undefined, string>();
	for (const {event, time, exitCode} of events) {
		eventsLog?.write(`${JSON.stringify(buildRecord(event, time))}\n`);
		if (event.kind !== 'pre' || event.command === undefined) {
			continue;
		}

		// What the writer puts in a text line; the short id hashed once per session, not once per line.
		const short = shortIds.get(event.sessionId) ?? shortId(event.sessionId);
		shortIds.set(event.sessionId, short);
		const record: EventRecord = {v: 1, kind: 'pre', time: time.toISOString(), agent: event.agent, session_id: event.sessionId ?? null, short_id: short};

		const written = options.format === 'writer' ? writerLines(record, event.command) : pythonLines(record, event.command, time);
		sessionLog.write(written.global);
		if (options.sessionFiles) {
			const lines = sessionFiles.get(written.fileName);
			if (lines === undefined) {
				sessionFiles.set(written.fileName, [written.session]);
			} else {
				lines.push(written.session);
			}

			sessionFilesSize += written.session.length;
			if (sessionFilesSize > SESSION_FILES_FLUSH_SIZE) {
				flushSessionFiles();
			}
		}

		options.onCommand?.({
			time: Math.floor(time.getTime() / 1000) * 1000,
			agent: event.agent,
			shortId: written.shortId,
			sessionId: event.sessionId ?? null,
			command: escapeCommand(event.command),
			exitCode: exitCode ?? null,
		});
	}

	flushSessionFiles();
	sessionLog.close();
	eventsLog?.close();
}

type WrittenLines = {global: string; session: string; fileName: string; shortId: string};

function writerLines(record: EventRecord, command: string): WrittenLines {
	const lines = formatCommandLines(record, command);
	return {...lines, fileName: sessionFileName(record.session_id ?? undefined, record.short_id), shortId: record.short_id};
}

function pythonLines(record: EventRecord, command: string, time: Date): WrittenLines {
	const sessionId = record.session_id ?? 'unknown';
	const shortId = sessionId.slice(0, 8);
	const prefix = `[${localTime(time)}] [${record.agent}]`;
	const escaped = escapeCommand(command);
	return {global: `${prefix} [${shortId}] ${escaped}\n`, session: `${prefix} ${escaped}\n`, fileName: `${sessionId}.log`, shortId};
}

// `2026-05-17 11:42:18`: the machine's local time, no zone, as Python's datetime.now() printed it.
function localTime(time: Date): string {
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())} ${pad(time.getHours())}:${pad(time.getMinutes())}:${pad(time.getSeconds())}`;
}

class BufferedFile {
	readonly #descriptor: number;
	#pending: string[] = [];
	#pendingSize = 0;

	constructor(path: string) {
		this.#descriptor = openSync(path, 'a');
	}

	write(text: string): void {
		this.#pending.push(text);
		this.#pendingSize += text.length;
		if (this.#pendingSize >= FLUSH_SIZE) {
			this.#flush();
		}
	}

	close(): void {
		this.#flush();
		closeSync(this.#descriptor);
	}

	#flush(): void {
		writeSync(this.#descriptor, this.#pending.join(''));
		this.#pending = [];
		this.#pendingSize = 0;
	}
}
