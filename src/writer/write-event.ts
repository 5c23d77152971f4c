import {closeSync} from 'node:fs';
import {join, relative, resolve} from 'node:path';
import type {AgentEvent} from '../event/agent-event.ts';
import type {ChainFields, EventRecord} from '../event/event-record.ts';
import {anchorFile} from '../integrity/anchor-file.ts';
import {sealRecord} from '../integrity/record-seal.ts';
import {sha256Hex} from '../integrity/sha256-hex.ts';
import {appendLine, openLogForAppend, planAppend, writeWhole} from './append-line.ts';
import {buildRecord} from './build-record.ts';
import {acquireChainLock} from './chain-lock.ts';
import {formatHead, lastRecordHash, lastSessionHash} from './chain-heads.ts';
import {formatCommandLines, formatJsonLine, type CommandLines} from './format-lines.ts';
import {logPaths} from './log-paths.ts';
import {ensureRealFolder, isSymbolicLink, overwriteFile, replaceFileAtomically} from './safe-files.ts';
import {sessionFileName} from './session-file-name.ts';

export type WriteOutcome = {
	/** Log files that were symbolic links, relative to the project root: nothing was written through them. */
	refused: string[];
	/** True when the chain lock could not be had in time and the record was written unchained. */
	unchained: boolean;
};

/**
 * Writes one event: its sealed record to events.jsonl and, for a command about to run, its two text lines. Under
 * the chain lock, so that the three files keep one order and the hash chain stays linear.
 */
export function writeEvent(projectRoot: string, event: AgentEvent, time = new Date()): WriteOutcome {
	const root = resolve(projectRoot);
	const paths = logPaths(root);
	for (const folder of [paths.folder, paths.sessionsFolder, paths.headsFolder]) {
		ensureRealFolder(folder);
	}

	const record = buildRecord(event, time);
	const sessionFile = sessionFileName(event.sessionId, record.short_id);
	const textLines = record.kind === 'pre' && record.command !== undefined ? formatCommandLines(record, record.command) : undefined;
	const targets = {events: paths.eventsLog, global: paths.globalLog, session: join(paths.sessionsFolder, sessionFile)};
	const refused = Object.values(targets).filter(file => isSymbolicLink(file)).map(file => relative(root, file));
	const lock = acquireChainLock(paths.lockFile);
	try {
		if (!refused.includes(relative(root, targets.events))) {
			appendRecord(root, targets.events, join(paths.headsFolder, sessionFile), record, {
				lines: textLines === undefined ? undefined : {global: sha256Hex(textLines.global), session: sha256Hex(textLines.session)},
				refused: refused.length > 0 ? refused : undefined,
				unchained: lock === undefined ? true : undefined,
			});
		}

		if (textLines !== undefined) {
			appendTextLines(targets, textLines, refused.map(file => join(root, file)));
		}
	} finally {
		lock?.release();
	}

	return {refused, unchained: lock === undefined};
}

function appendRecord(root: string, eventsLog: string, headsFile: string, record: EventRecord, extra: Omit<ChainFields, 'prev' | 'session_prev'>): void {
	const descriptor = openLogForAppend(eventsLog);
	try {
		const {size} = planAppend(descriptor, '');
		const chain = extra.unchained
			? {prev: null, session_prev: null}
			: {prev: lastRecordHash(descriptor, size) ?? null, session_prev: lastSessionHash(descriptor, size, headsFile, record.session_id ?? undefined) ?? null};
		const line = `${sealRecord(formatJsonLine({...record, ...extra, ...chain}).trimEnd())}\n`;
		const planned = planAppend(descriptor, line);
		const hash = line.slice(-67, -3);
		if (extra.unchained) {
			writeWhole(descriptor, eventsLog, planned.text);
			return;
		}

		// Written before the append: a head that names a record which never landed is detected and searched past.
		overwriteFile(headsFile, formatHead({hash, end: planned.end}));
		writeWhole(descriptor, eventsLog, planned.text);
		replaceFileAtomically(anchorFile(root), `${JSON.stringify({project: root, head: hash, bytes: planned.end})}\n`);
	} finally {
		closeSync(descriptor);
	}
}

function appendTextLines(targets: {global: string; session: string}, lines: CommandLines, refused: string[]): void {
	for (const [file, line] of [[targets.global, lines.global], [targets.session, lines.session]] as const) {
		if (!refused.includes(file)) {
			appendLine(file, line);
		}
	}
}
