import {mkdirSync} from 'node:fs';
import {join} from 'node:path';
import type {AgentEvent} from '../event/agent-event.ts';
import {appendLine} from './append-line.ts';
import {buildRecord} from './build-record.ts';
import {formatCommandLines, formatJsonLine} from './format-lines.ts';
import {logPaths} from './log-paths.ts';
import {sessionFileName} from './session-file-name.ts';

const FOLDER_MODE = 0o700;

/** Writes one event: its lossless record to events.jsonl and, for a command about to run, its two text lines. */
export function writeEvent(projectRoot: string, event: AgentEvent, time = new Date()): void {
	const paths = logPaths(projectRoot);
	mkdirSync(paths.sessionsFolder, {recursive: true, mode: FOLDER_MODE});

	const record = buildRecord(event, time);
	appendLine(paths.eventsLog, formatJsonLine(record));
	if (record.kind !== 'pre' || record.command === undefined) {
		return;
	}

	const lines = formatCommandLines(record, record.command);
	appendLine(paths.globalLog, lines.global);
	appendLine(join(paths.sessionsFolder, sessionFileName(event.sessionId, record.short_id)), lines.session);
}
