import {closeSync, writeSync} from 'node:fs';
import type {ChainFields} from '../event/event-record.ts';
import {formatAnchor} from '../integrity/anchor-file.ts';
import type {PendingSeal} from '../integrity/record-seal.ts';
import {appendToLog, openLogForAppend, planAppend, writeWhole} from './append-line.ts';
import {acquireChainLock, type ChainLock} from './chain-lock.ts';
import {lastRecordHash, lastSessionHash, writeHead} from './chain-heads.ts';
import type {LogPaths} from './log-paths.ts';
import {completePendingWrite, markWriteDone, notePendingWrite, type LogAppend} from './pending-write.ts';
import {openPrivateFile} from './safe-files.ts';

/** One event's sealed record and text lines, ready to be chained. */
export type ChainedAppend = {
	seal: PendingSeal;
	sessionId: string | null;
	/** The session's chain head, in .coograph/heads/. */
	headsFile: string;
	/** False when events.jsonl is a symbolic link: then only the text lines are written. */
	eventsWritable: boolean;
	textAppends: LogAppend[];
};

/**
 * The chain lock, held for one event or for a burst of them, with what the writes under it need: the chain's tail,
 * the sessions' heads and the open logs, read and opened once per burst. No other chained writer writes while it is
 * held, so what it caches stays true until `close` (an unchained writer, which gave up waiting, only ever appends).
 */
export type ChainBurst = {
	readonly startedAt: number;
	/** True for a log already opened in this burst (never through a symbolic link): it needs no check until the end. */
	isOpen: (file: string) => boolean;
	/** True when another writer has asked for the lock: the burst should end. */
	othersWaiting: () => boolean;
	append: (write: ChainedAppend) => void;
	/** Closes the logs and releases the lock. */
	close: () => void;
};

type ChainTail = {descriptor: number; end: number; hash: string | null; tornTailEnd: string};
type SessionHead = {descriptor: number; hash: string | null};

/** Undefined when the chain lock could not be had in time: the caller writes unchained rather than wait longer. */
export function openChainBurst(paths: LogPaths, anchor: {file: string; project: string}): ChainBurst | undefined {
	const lock = acquireChainLock(paths.lockFile);
	if (lock === undefined) {
		return undefined;
	}

	let note: number | undefined;
	try {
		note = openPrivateFile(paths.pendingNote);
		completePendingWrite(note);
	} catch (error) {
		if (note !== undefined) {
			closeSync(note);
		}

		lock.release();
		throw error;
	}

	return heldChain(lock, note, paths, anchor);
}

function heldChain(lock: ChainLock, noteDescriptor: number, paths: LogPaths, anchor: {file: string; project: string}): ChainBurst {
	const descriptors: number[] = [noteDescriptor];
	const logs = new Map<string, {descriptor: number; tornTailEnd: string}>();
	const heads = new Map<string, SessionHead>();
	let tail: ChainTail | undefined;
	const open = (file: string, opener: (file: string) => number): number => {
		const descriptor = opener(file);
		descriptors.push(descriptor);
		return descriptor;
	};

	const chainTail = (): ChainTail => {
		if (tail === undefined) {
			const descriptor = open(paths.eventsLog, openLogForAppend);
			const {size, text} = planAppend(descriptor, '');
			tail = {descriptor, end: size, hash: lastRecordHash(descriptor, size) ?? null, tornTailEnd: text};
			logs.set(paths.eventsLog, {descriptor, tornTailEnd: ''});
		}

		return tail;
	};

	const sessionHead = (headsFile: string, sessionId: string | null, events: ChainTail): SessionHead => {
		let head = heads.get(headsFile);
		if (head === undefined) {
			const descriptor = open(headsFile, openPrivateFile);
			head = {descriptor, hash: lastSessionHash(events.descriptor, events.end, descriptor, sessionId ?? undefined) ?? null};
			heads.set(headsFile, head);
		}

		return head;
	};

	// A text log is checked for a torn last line once, when first opened in the burst.
	const appendText = ({file, line}: LogAppend): void => {
		let log = logs.get(file);
		if (log === undefined) {
			const descriptor = open(file, openLogForAppend);
			log = {descriptor, tornTailEnd: planAppend(descriptor, '').text};
			logs.set(file, log);
		}

		writeWhole(log.descriptor, file, `${log.tornTailEnd}${line}`);
		log.tornTailEnd = '';
	};

	let anchorDescriptor: number | undefined;
	const writeAnchor = (content: string): void => {
		anchorDescriptor ??= open(anchor.file, openPrivateFile);
		writeSync(anchorDescriptor, content, 0);
	};

	return {
		startedAt: Date.now(),
		isOpen: file => logs.has(file),
		othersWaiting: lock.othersWaiting,
		append(write) {
			if (!write.eventsWritable) {
				notePendingWrite(noteDescriptor, {appends: write.textAppends});
				write.textAppends.forEach(appendText);
				markWriteDone(noteDescriptor);
				return;
			}

			const events = chainTail();
			const session = sessionHead(write.headsFile, write.sessionId, events);
			const {line, hash} = write.seal.finish(chainFieldsText({prev: events.hash, session_prev: session.hash}));
			const recordText = `${events.tornTailEnd}${line}\n`;
			const end = events.end + Buffer.byteLength(recordText);
			const anchorContent = formatAnchor({head: hash, bytes: end, project: anchor.project});
			// Noted before the appends: a writer killed half-way through them is completed by the next one.
			notePendingWrite(noteDescriptor, {appends: [{file: paths.eventsLog, line: `${line}\n`}, ...write.textAppends], anchor: {file: anchor.file, content: anchorContent}});
			// Also before the append: a head that names a record which never landed is detected and searched past.
			writeHead(session.descriptor, {hash, end});
			writeWhole(events.descriptor, paths.eventsLog, recordText);
			Object.assign(events, {end, hash, tornTailEnd: ''});
			session.hash = hash;
			write.textAppends.forEach(appendText);
			writeAnchor(anchorContent);
			markWriteDone(noteDescriptor);
		},
		close() {
			try {
				for (const descriptor of descriptors) {
					closeSync(descriptor);
				}
			} finally {
				lock.release();
			}
		},
	};
}

/** A record written without the lock, which could not be had in time: marked unchained, linked to nothing. */
export function appendUnchained(eventsLog: string | undefined, seal: PendingSeal, textAppends: LogAppend[]): void {
	const {line} = seal.finish(chainFieldsText({unchained: true, prev: null, session_prev: null}));
	for (const {file, line: text} of eventsLog === undefined ? textAppends : [{file: eventsLog, line: `${line}\n`}, ...textAppends]) {
		appendToLog(file, text);
	}
}

function chainFieldsText(fields: Pick<ChainFields, 'unchained' | 'prev' | 'session_prev'>): string {
	return `,${JSON.stringify({unchained: fields.unchained, prev: fields.prev, session_prev: fields.session_prev}).slice(1)}`;
}
