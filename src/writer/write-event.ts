import {join, relative, resolve} from 'node:path';
import {DEFAULT_CONFIG, type CoographConfig} from '../config/coograph-config.ts';
import type {AgentEvent} from '../event/agent-event.ts';
import {anchorFile} from '../integrity/anchor-file.ts';
import {startSeal} from '../integrity/record-seal.ts';
import {sha256Hex} from '../integrity/sha256-hex.ts';
import {compileRules} from '../redaction/compile-rules.ts';
import {redactCommand} from '../redaction/redact-command.ts';
import {DEFAULT_LOOP_GUARD} from '../findings/loop-guard.ts';
import {assessCommand} from '../policy/assess-command.ts';
import {buildRecord} from './build-record.ts';
import {appendUnchained, openChainBurst, type ChainBurst} from './chain-burst.ts';
import {formatCommandLines, formatRecordBody} from './format-lines.ts';
import {logPaths} from './log-paths.ts';
import {recentDestructiveTimes} from './recent-destructive-times.ts';
import {ensureRealFolder, isSymbolicLink} from './safe-files.ts';
import {sessionFileName} from './session-file-name.ts';
import {sleepSync} from './sleep.ts';

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

/** Where events are written: one at a time, or (group commit) in bursts under one hold of the chain lock. */
export type EventLog = {
	write: (event: AgentEvent, options?: WriteOptions) => WriteOutcome;
	/** True while a burst holds the chain lock: until the event loop turns, or for at most MAX_BURST_MS. */
	readonly holding: boolean;
};

// Redacting, analysing and hashing a command this large takes milliseconds: never while holding the lock for others.
const LARGE_COMMAND = 64 * 1024;
// A burst ends at least this often, to check the logs and read the config afresh.
const MAX_BURST_MS = 200;
// When another writer waits for the lock, a burst lets go once it has held it this long.
const SHARE_AFTER_MS = 5;
// A writer waiting for the lock tries again every 1 to 2 ms: a holder that lets go for it waits this long to take it back.
const HANDOVER_MS = 2;

/**
 * Writes one event: its sealed record to events.jsonl and, for a command about to run, its two text lines. Under
 * the chain lock, so that the three files keep one order and the hash chain stays linear.
 */
export function writeEvent(projectRoot: string, event: AgentEvent, options?: WriteOptions): WriteOutcome {
	return openEventLog(projectRoot).write(event, options);
}

/**
 * With `groupCommit`, for a writer that lives in the agent's process (the OpenCode plugin): the events that arrive
 * before the event loop turns share one hold of the chain lock, one read of the chain's tail and one opening of each
 * log. Every event is still on disk before `write` returns.
 */
export function openEventLog(projectRoot: string, {groupCommit = false} = {}): EventLog {
	const root = resolve(projectRoot);
	const paths = logPaths(root);
	const anchor = {file: anchorFile(root), project: root};
	let burst: ChainBurst | undefined;

	const endBurst = () => {
		const ending = burst;
		burst = undefined;
		ending?.close();
	};

	const endBurstQuietly = () => {
		try {
			endBurst();
		} catch {}
	};

	// Looked for at most once a millisecond (a waiter tries every 1 to 2 ms), not at every event of a burst.
	let waitersLookedForAt = 0;
	const othersWaiting = (now: number): boolean => {
		if (burst === undefined || now - burst.startedAt < SHARE_AFTER_MS || now === waitersLookedForAt) {
			return false;
		}

		waitersLookedForAt = now;
		return burst.othersWaiting();
	};

	const holdChain = (): ChainBurst | undefined => {
		const now = Date.now();
		const heldFor = burst === undefined ? 0 : now - burst.startedAt;
		const othersWait = othersWaiting(now);
		if (othersWait || heldFor > MAX_BURST_MS) {
			endBurst();
		}

		if (othersWait) {
			sleepSync(HANDOVER_MS);
		}

		if (burst === undefined) {
			burst = openChainBurst(paths, anchor);
			const opened = burst;
			if (opened !== undefined && groupCommit) {
				setImmediate(() => burst === opened && endBurstQuietly());
			}
		}

		return burst;
	};

	return {
		get holding() {
			return burst !== undefined;
		},
		write(event, {config = DEFAULT_CONFIG, canRefuse = true, time = new Date()} = {}) {
			if ((event.command?.length ?? 0) > LARGE_COMMAND) {
				endBurst();
			}

			// What a burst opened is known to be real; anything else is checked.
			const held = burst;
			if (held === undefined) {
				for (const folder of [paths.folder, paths.sessionsFolder, paths.headsFolder]) {
					ensureRealFolder(folder);
				}
			}

			// Assessed on the command as the agent gave it; logged redacted.
			const assessment = event.kind === 'pre' && event.command !== undefined
				? assessCommand(event.command, canRefuse ? config.block : NO_BLOCKING, time.getTime(), () => recentDestructiveTimes(paths.eventsLog, event.sessionId ?? null, time.getTime(), DEFAULT_LOOP_GUARD.seconds * 1000))
				: undefined;
			const record = buildRecord({...event, command: event.command === undefined ? undefined : redactCommand(event.command, compileRules(config.redaction))}, time, assessment);
			const sessionFile = sessionFileName(event.sessionId, record.short_id);
			const textLines = record.kind === 'pre' && record.command !== undefined ? formatCommandLines(record, record.command) : undefined;
			const sessionLog = join(paths.sessionsFolder, sessionFile);
			const refusedFiles = [paths.eventsLog, paths.globalLog, sessionLog].filter(file => !(held?.isOpen(file) ?? false) && isSymbolicLink(file));
			const refused = refusedFiles.map(file => relative(root, file));
			const writable = (file: string) => !refusedFiles.includes(file);
			// The body, the bulk of the hashing for a large command, is hashed before the lock is taken.
			const seal = startSeal(formatRecordBody({
				...record,
				lines: textLines === undefined ? undefined : {global: sha256Hex(textLines.global), session: sha256Hex(textLines.session)},
				refused: refused.length > 0 ? refused : undefined,
			}));
			const textAppends = textLines === undefined ? [] : [{file: paths.globalLog, line: textLines.global}, {file: sessionLog, line: textLines.session}].filter(({file}) => writable(file));
			const chain = holdChain();
			try {
				if (chain === undefined) {
					appendUnchained(writable(paths.eventsLog) ? paths.eventsLog : undefined, seal, textAppends);
				} else {
					chain.append({seal, sessionId: record.session_id, headsFile: join(paths.headsFolder, sessionFile), eventsWritable: writable(paths.eventsLog), textAppends});
				}
			} catch (error) {
				// What the burst cached may no longer be true: the next event starts afresh.
				endBurstQuietly();
				throw error;
			}

			if (!groupCommit) {
				endBurst();
			}

			return {blocked: record.blocked, refused, unchained: chain === undefined};
		},
	};
}
