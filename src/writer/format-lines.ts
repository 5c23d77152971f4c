import type {ChainFields, EventRecord} from '../event/event-record.ts';
import {escapeCommand} from './escape-command.ts';
import {formatLineTime} from './format-time.ts';

/** Before the command of a line whose command the project's policy refused: it did not run. */
export const BLOCKED_MARK = '[BLOCKED] ';

export type CommandLines = {
	/** For .coograph/session.log: time, agent, short id, command. */
	global: string;
	/** For .coograph/sessions/<file>.log: time, agent, command. */
	session: string;
};

export function formatCommandLines(record: EventRecord, command: string): CommandLines {
	const prefix = `[${formatLineTime(record.time)}] [${record.agent}]`;
	const escaped = `${record.blocked === undefined ? '' : BLOCKED_MARK}${unmistakable(escapeCommand(command))}`;
	return {
		global: `${prefix} [${record.short_id}] ${escaped}\n`,
		session: `${prefix} ${escaped}\n`,
	};
}

/** The record's JSON text without its closing brace: the chain fields and the seal follow. */
export function formatRecordBody(record: EventRecord & Partial<ChainFields>): string {
	// U+2028/U+2029 are legal inside JSON strings but some line readers split on them.
	return JSON.stringify(record).slice(0, -1).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

// A command that itself starts with the mark would read as refused: its "[" is written as an escape.
function unmistakable(command: string): string {
	return command.startsWith(BLOCKED_MARK) ? `\\x5b${command.slice(1)}` : command;
}
