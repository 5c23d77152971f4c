import {closeSync} from 'node:fs';
import {join, relative, resolve} from 'node:path';
import {DEFAULT_CONFIG, type CoographConfig} from '../config/coograph-config.ts';
import type {AgentEvent} from '../event/agent-event.ts';
import type {ChainFields} from '../event/event-record.ts';
import {anchorFile, formatAnchor} from '../integrity/anchor-file.ts';
import {startSeal, type PendingSeal} from '../integrity/record-seal.ts';
import {sha256Hex} from '../integrity/sha256-hex.ts';
import {compileRules} from '../redaction/compile-rules.ts';
import {redactCommand} from '../redaction/redact-command.ts';
import {DEFAULT_LOOP_GUARD} from '../findings/loop-guard.ts';
import {assessCommand} from '../policy/assess-command.ts';
import {appendToLog, openLogForAppend, planAppend, writeWhole} from './append-line.ts';
import {buildRecord} from './build-record.ts';
import {acquireChainLock} from './chain-lock.ts';
import {lastRecordHash, lastSessionHash, writeHead} from './chain-heads.ts';
import {formatCommandLines, formatRecordBody} from './format-lines.ts';
import {logPaths} from './log-paths.ts';
import {recentDestructiveTimes} from './recent-destructive-times.ts';
import {completePendingWrite, markWriteDone, notePendingWrite, type LogAppend} from './pending-write.ts';
import {ensureRealFolder, isSymbolicLink, openPrivateFile, overwriteInPlace} from './safe-files.ts';
import {sessionFileName} from './session-file-name.ts';

const NO_BLOCKING = {findings: [], patterns: []};

export type WriteOptions = {
	config?: CoographConfig;
	/** False when the agent's hook cannot refuse a command: then none is marked blocked, since it will run. */
	canRefuse?: boolean;
	time?: Date;
};

export type WriteOutcome = {
	/** Set when the project's policy refuses the command: the reason. */
	blocked?: string;
	/** Log files that were symbolic links, relative to the project root: nothing was written through them. */
	refused: string[];
	/** True when the chain lock could not be had in time and the record was written unchained. */
	unchained: boolean;
};

type ChainedWrite = {
	root: string;
	paths: ReturnType<typeof logPaths>;
	headsFile: string;
	sessionId: string | null;
	seal: PendingSeal;
	/** The text lines, after the record. */
	textAppends: LogAppend[];
};

/**
 * Writes one event: its sealed record to events.jsonl and, for a command about to run, its two text lines. Under
 * the chain lock, so that the three files keep one order and the hash chain stays linear.
 */
export function writeEvent(projectRoot: string, event: AgentEvent, {config = DEFAULT_CONFIG, canRefuse = true, time = new Date()}: WriteOptions = {}): WriteOutcome {
	const root = resolve(projectRoot);
	const paths = logPaths(root);
	for (const folder of [paths.folder, paths.sessionsFolder, paths.headsFolder]) {
		ensureRealFolder(folder);
	}

	// Assessed on the command as the agent gave it; logged redacted.
	const assessment = event.kind === 'pre' && event.command !== undefined
		? assessCommand(event.command, canRefuse ? config.block : NO_BLOCKING, time.getTime(), () => recentDestructiveTimes(paths.eventsLog, event.sessionId ?? null, time.getTime(), DEFAULT_LOOP_GUARD.seconds * 1000))
		: undefined;
	const record = buildRecord({...event, command: event.command === undefined ? undefined : redactCommand(event.command, compileRules(config.redaction))}, time, assessment);
	const sessionFile = sessionFileName(event.sessionId, record.short_id);
	const textLines = record.kind === 'pre' && record.command !== undefined ? formatCommandLines(record, record.command) : undefined;
	const sessionLog = join(paths.sessionsFolder, sessionFile);
	const refused = [paths.eventsLog, paths.globalLog, sessionLog].filter(file => isSymbolicLink(file)).map(file => relative(root, file));
	const writable = (file: string) => !refused.includes(relative(root, file));
	// The body, the bulk of the hashing for a large command, is hashed before the lock is taken.
	const seal = startSeal(formatRecordBody({
		...record,
		lines: textLines === undefined ? undefined : {global: sha256Hex(textLines.global), session: sha256Hex(textLines.session)},
		refused: refused.length > 0 ? refused : undefined,
	}));
	const textAppends = textLines === undefined ? [] : [{file: paths.globalLog, line: textLines.global}, {file: sessionLog, line: textLines.session}].filter(({file}) => writable(file));
	const lock = acquireChainLock(paths.lockFile);
	try {
		if (lock === undefined) {
			writeUnchained(writable(paths.eventsLog) ? paths.eventsLog : undefined, seal, textAppends);
		} else {
			writeChained({root, paths, headsFile: join(paths.headsFolder, sessionFile), sessionId: record.session_id, seal, textAppends}, writable(paths.eventsLog));
		}
	} finally {
		lock?.release();
	}

	return {blocked: record.blocked, refused, unchained: lock === undefined};
}

function writeChained(write: ChainedWrite, eventsWritable: boolean): void {
	const {paths} = write;
	// One descriptor each for the whole write: a chained write is on every agent command's path.
	const note = openPrivateFile(paths.pendingNote);
	const events = eventsWritable ? openLogForAppend(paths.eventsLog) : undefined;
	const heads = eventsWritable ? openPrivateFile(write.headsFile) : undefined;
	try {
		completePendingWrite(note);
		if (events === undefined || heads === undefined) {
			notePendingWrite(note, {appends: write.textAppends});
			appendAll(write.textAppends);
			markWriteDone(note);
			return;
		}

		const {size, text: tornTailEnd} = planAppend(events, '');
		const {line, hash} = write.seal.finish(chainFieldsText({
			prev: lastRecordHash(events, size) ?? null,
			session_prev: lastSessionHash(events, size, heads, write.sessionId ?? undefined) ?? null,
		}));
		const recordText = `${tornTailEnd}${line}\n`;
		const end = size + Buffer.byteLength(recordText);
		const anchor = {file: anchorFile(write.root), content: formatAnchor({head: hash, bytes: end, project: write.root})};
		// Noted before the appends: a writer killed half-way through them is completed by the next one.
		notePendingWrite(note, {appends: [{file: paths.eventsLog, line: `${line}\n`}, ...write.textAppends], anchor});
		// Also before the append: a head that names a record which never landed is detected and searched past.
		writeHead(heads, {hash, end});
		writeWhole(events, paths.eventsLog, recordText);
		appendAll(write.textAppends);
		overwriteInPlace(anchor.file, anchor.content);
		markWriteDone(note);
	} finally {
		for (const descriptor of [note, events, heads]) {
			if (descriptor !== undefined) {
				closeSync(descriptor);
			}
		}
	}
}

function writeUnchained(eventsLog: string | undefined, seal: PendingSeal, textAppends: LogAppend[]): void {
	const {line} = seal.finish(chainFieldsText({unchained: true, prev: null, session_prev: null}));
	appendAll(eventsLog === undefined ? textAppends : [{file: eventsLog, line: `${line}\n`}, ...textAppends]);
}

function appendAll(appends: LogAppend[]): void {
	for (const {file, line} of appends) {
		appendToLog(file, line);
	}
}

function chainFieldsText(fields: Pick<ChainFields, 'unchained' | 'prev' | 'session_prev'>): string {
	return `,${JSON.stringify({unchained: fields.unchained, prev: fields.prev, session_prev: fields.session_prev}).slice(1)}`;
}
