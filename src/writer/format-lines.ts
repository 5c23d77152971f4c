import type {EventRecord} from '../event/event-record.ts';
import {escapeCommand} from './escape-command.ts';
import {formatLineTime} from './format-time.ts';

export type CommandLines = {
	/** For .coograph/session.log: time, agent, short id, command. */
	global: string;
	/** For .coograph/sessions/<file>.log: time, agent, command. */
	session: string;
};

export function formatCommandLines(record: EventRecord, command: string): CommandLines {
	const prefix = `[${formatLineTime(new Date(record.time))}] [${record.agent}]`;
	const escaped = escapeCommand(command);
	return {
		global: `${prefix} [${record.short_id}] ${escaped}\n`,
		session: `${prefix} ${escaped}\n`,
	};
}

// U+2028/U+2029 are legal inside JSON strings but some line readers split on them.
export function formatJsonLine(record: EventRecord): string {
	return `${JSON.stringify(record).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}\n`;
}
