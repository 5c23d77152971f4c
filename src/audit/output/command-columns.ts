import type {Finding} from '../../findings/finding.ts';
import {BLOCKED_MARK} from '../../writer/format-lines.ts';
import type {ExitCode} from '../events/pair-lines.ts';
import {findingsLabel, labelAtEndPaint} from './findings-label.ts';
import type {Palette} from './palette.ts';
import type {Column} from './table.ts';

export type TabledCommand = {command: string; blocked: boolean; findings: readonly Finding[]; exitCode: ExitCode};

/** EXIT: the exit code, `-` when unknown, in red when not 0. */
export function exitCodeColumn(palette: Palette): Column<TabledCommand> {
	return {
		title: 'EXIT',
		cell: ({exitCode}) => typeof exitCode === 'number' ? String(exitCode) : '-',
		alignRight: true,
		paint: ({exitCode}) => exitCode ? palette.failure : text => text,
	};
}

/** COMMAND, the last column: `[BLOCKED] ` before a refused command, the label of its findings after it. */
export function commandColumn(palette: Palette): Column<TabledCommand> {
	return {
		title: 'COMMAND',
		cell: ({command, blocked, findings}) => `${blocked ? BLOCKED_MARK : ''}${command}${findings.length > 0 ? `  ${findingsLabel(findings)}` : ''}`,
		paint: ({findings}) => labelAtEndPaint(findings, palette),
	};
}
