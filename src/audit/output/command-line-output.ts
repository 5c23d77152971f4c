import type {Finding} from '../../findings/finding.ts';
import {BLOCKED_MARK} from '../../writer/format-lines.ts';
import type {CommandLine} from '../read/command-line.ts';
import {escapeForDisplay} from './escape-for-display.ts';
import {findingsSuffix} from './findings-label.ts';
import {formatIsoTime, formatTime, type TimeZoneChoice} from '../time/format-time.ts';
import type {Palette} from './palette.ts';

export type LineStyle = {
	zone: TimeZoneChoice;
	colour: boolean;
	palette: Palette;
	/** Matches to highlight in the command (flag g). */
	highlight?: RegExp;
};

/**
 * `[2026-05-17 09:42:18Z] [claude-code] [9c1e2a7b] npm install`: the log's own format, so that the output reads,
 * and pipes, like the log; a command's findings follow it: `  [PACKAGE_INSTALL low]`.
 */
export function commandLineText(line: CommandLine, style: LineStyle, findings: readonly Finding[] = []): string {
	if (!style.colour && style.zone === 'utc' && !line.legacy) {
		return `${escapeForDisplay(line.text)}${findingsSuffix(findings, style.palette)}`;
	}

	const {palette} = style;
	const command = escapeForDisplay(line.command);
	const highlighted = style.highlight === undefined
		? command
		: command.replace(style.highlight, match => match === '' ? match : palette.match(match));
	const blocked = line.blocked ? palette.failure(BLOCKED_MARK) : '';
	return `[${palette.time(formatTime(line.time, style.zone))}] [${palette.agent(line.agent)(escapeForDisplay(line.agent))}] [${palette.shortId(escapeForDisplay(line.shortId))}] ${blocked}${highlighted}${findingsSuffix(findings, palette)}`;
}

/** One object per line; `command` is as logged, control characters escaped, without the mark of a blocked one. */
export function commandLineJson(line: CommandLine, zone: TimeZoneChoice, sessionId: string | null | undefined, findings: readonly Finding[], extra?: object): string {
	return JSON.stringify({
		time: formatIsoTime(line.time, zone),
		agent: line.agent,
		short_id: line.shortId,
		session_id: sessionId ?? null,
		command: escapeForDisplay(line.command),
		blocked: line.blocked,
		findings,
		...extra,
	});
}
