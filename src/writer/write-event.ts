import {closeSync} from 'node:fs';
import {join, relative, resolve} from 'node:path';
import type {AgentEvent} from '../event/agent-event.ts';
import type {ChainFields} from '../event/event-record.ts';
import {DEFAULT_CONFIG, type CoographConfig} from '../config/coograph-config.ts';
import {compileRules} from '../redaction/compile-rules.ts';
import {redactCommand} from '../redaction/redact-command.ts';
import {anchorFile, formatAnchor} from '../integrity/anchor-file.ts';
import {startSeal, type PendingSeal} from '../integrity/record-seal.ts';
import {sha256Hex} from '../integrity/sha256-hex.ts';
import {appendLine, openLogForAppend, planAppend, writeWhole} from './append-line.ts';
import {buildRecord} from './build-record.ts';
import {acquireChainLock} from './chain-lock.ts';
import {formatHead, lastRecordHash, lastSessionHash} from './chain-heads.ts';
import {formatCommandLines, formatRecordBody, type CommandLines} from './format-lines.ts';
import {logPaths} from './log-paths.ts';
import {ensureRealFolder, isSymbolicLink, overwriteInPlace} from './safe-files.ts';
import {sessionFileName} from './session-file-name.ts';

export type WriteOptions = {
	config?: CoographConfig;
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

type ChainTarget = {root: string; eventsLog: string; headsFile: string; anchorFile: string; sessionId: string | null};

/**
 * Writes one event: its sealed record to events.jsonl and, for a command about to run, its two text lines. Under
 * the chain lock, so that the three files keep one order and the hash chain stays linear.
 */
export function writeEvent(projectRoot: string, event: AgentEvent, {config = DEFAULT_CONFIG, time = new Date()}: WriteOptions = {}): WriteOutcome {
	const root = resolve(projectRoot);
	const paths = logPaths(root);
	const anchor = anchorFile(root);
	for (const folder of [paths.folder, paths.sessionsFolder, paths.headsFolder]) {
		ensureRealFolder(folder);
	}

	const record = buildRecord({...event, command: event.command === undefined ? undefined : redactCommand(event.command, compileRules(config.redaction))}, time);
	const sessionFile = sessionFileName(event.sessionId, record.short_id);
	const textLines = record.kind === 'pre' && record.command !== undefined ? formatCommandLines(record, record.command) : undefined;
	const targets = {events: paths.eventsLog, global: paths.globalLog, session: join(paths.sessionsFolder, sessionFile)};
	const refused = Object.values(targets).filter(file => isSymbolicLink(file)).map(file => relative(root, file));
	// The body, the bulk of the hashing for a large command, is hashed before the lock is taken.
	const seal = startSeal(formatRecordBody({
		...record,
		lines: textLines === undefined ? undefined : {global: sha256Hex(textLines.global), session: sha256Hex(textLines.session)},
		refused: refused.length > 0 ? refused : undefined,
	}));
	const lock = acquireChainLock(paths.lockFile);
	try {
		if (!refused.includes(relative(root, targets.events))) {
			const target = {root, eventsLog: targets.events, headsFile: join(paths.headsFolder, sessionFile), anchorFile: anchor, sessionId: record.session_id};
			(lock === undefined ? appendUnchained : appendChained)(target, seal);
		}

		if (textLines !== undefined) {
			appendTextLines(targets, textLines, refused.map(file => join(root, file)));
		}
	} finally {
		lock?.release();
	}

	return {refused, unchained: lock === undefined};
}

function appendChained(target: ChainTarget, seal: PendingSeal): void {
	const descriptor = openLogForAppend(target.eventsLog);
	try {
		const {size} = planAppend(descriptor, '');
		const {line, hash} = seal.finish(chainFieldsText({
			prev: lastRecordHash(descriptor, size) ?? null,
			session_prev: lastSessionHash(descriptor, size, target.headsFile, target.sessionId ?? undefined) ?? null,
		}));
		const planned = planAppend(descriptor, `${line}\n`);
		// Written before the append: a head that names a record which never landed is detected and searched past.
		overwriteInPlace(target.headsFile, formatHead({hash, end: planned.end}));
		writeWhole(descriptor, target.eventsLog, planned.text);
		overwriteInPlace(target.anchorFile, formatAnchor({head: hash, bytes: planned.end, project: target.root}));
	} finally {
		closeSync(descriptor);
	}
}

function appendUnchained(target: ChainTarget, seal: PendingSeal): void {
	const descriptor = openLogForAppend(target.eventsLog);
	try {
		const {line} = seal.finish(chainFieldsText({unchained: true, prev: null, session_prev: null}));
		writeWhole(descriptor, target.eventsLog, planAppend(descriptor, `${line}\n`).text);
	} finally {
		closeSync(descriptor);
	}
}

function chainFieldsText(fields: Pick<ChainFields, 'unchained' | 'prev' | 'session_prev'>): string {
	return `,${JSON.stringify(fields).slice(1)}`;
}

function appendTextLines(targets: {global: string; session: string}, lines: CommandLines, refused: string[]): void {
	for (const [file, line] of [[targets.global, lines.global], [targets.session, lines.session]] as const) {
		if (!refused.includes(file)) {
			appendLine(file, line);
		}
	}
}
