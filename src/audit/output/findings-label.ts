import type {Finding} from '../../findings/finding.ts';
import {highestSeverity} from '../findings/severity.ts';
import {escapeForDisplay} from './escape-for-display.ts';
import type {Paint, Palette} from './palette.ts';

/** `[PIPE_TO_SHELL high, SUDO_USAGE medium]`, most severe first as the writer lists them; empty for none. */
export function findingsLabel(findings: readonly Finding[]): string {
	return findings.length === 0 ? '' : escapeForDisplay(`[${findings.map(({name, severity}) => `${name} ${severity}`).join(', ')}]`);
}

/** What follows a command that has findings: two spaces and the label, in the colour of the most severe. */
export function findingsSuffix(findings: readonly Finding[], palette: Palette): string {
	// Most lines have none: printed by the hundred thousand, they allocate nothing here.
	if (findings.length === 0) {
		return '';
	}

	const severity = highestSeverity(findings);
	return severity === undefined ? '' : `  ${palette.severity(severity)(findingsLabel(findings))}`;
}

/** For a table's last cell when it ends with the label (and nothing is padded after it): only the label is coloured. */
export function labelAtEndPaint(findings: readonly Finding[], palette: Palette): Paint {
	const severity = highestSeverity(findings);
	const {length} = findingsLabel(findings);
	return severity === undefined ? text => text : text => `${text.slice(0, -length)}${palette.severity(severity)(text.slice(-length))}`;
}
