import {sha256Hex} from '../sha256-hex.ts';
import type {VerifyFinding} from './finding.ts';
import type {ExpectedLine} from './verify-chain.ts';
import type {FileLines} from './read-lines.ts';

/**
 * A text log against the lines its records say were written, in order: notices for torn lines, and the first
 * bad position. Lines of unchained records (written without the lock) may stand anywhere.
 */
export function verifyTextLog(file: string, actual: FileLines | undefined, expected: ExpectedLine[]): VerifyFinding[] {
	if (actual === undefined) {
		return expected.length === 0 ? [] : [{file, line: 0, severity: 'tampered', message: `missing: ${expected.length} logged lines are gone (deleted)`}];
	}

	const notices: VerifyFinding[] = [];
	const tampered = (finding: Omit<VerifyFinding, 'file' | 'severity'>) => [...notices, {file, severity: 'tampered' as const, ...finding}];

	const unchained = new Set(expected.filter(line => line.unchained).map(line => line.hash));
	const ordered = expected.filter(line => !line.unchained).map(line => line.hash);
	let next = 0;
	for (const [index, line] of actual.lines.entries()) {
		const hash = sha256Hex(`${line}\n`);
		if (hash === ordered[next]) {
			next++;
			continue;
		}

		if (unchained.delete(hash)) {
			continue;
		}

		const torn = tornLine(actual, index);
		if (torn !== undefined) {
			notices.push({file, line: index + 1, severity: 'notice', message: torn});
			continue;
		}

		return tampered({line: index + 1, message: describeMismatch(ordered, next, hash)});
	}

	return next < ordered.length
		? tampered({line: actual.lines.length + 1, message: `${ordered.length - next} logged lines are missing from the end: truncated`})
		: notices;
}

// A killed writer leaves the start of its line; the next writer ends it and writes the line again, whole.
function tornLine({lines, endsWithNewline}: FileLines, index: number): string | undefined {
	const line = lines[index]!;
	if (index === lines.length - 1 && !endsWithNewline) {
		return 'torn tail: a writer was killed mid-line';
	}

	const following = lines[index + 1];
	return following !== undefined && following.length > line.length && following.startsWith(line) ? 'torn line: a writer was killed mid-line; it is whole on the next line' : undefined;
}

function describeMismatch(ordered: string[], next: number, hash: string): string {
	const position = ordered.indexOf(hash);
	if (position > next) {
		return `${position - next} logged line(s) missing before this one: deleted`;
	}

	return position === -1 ? 'a line no record wrote: edited, inserted or forged' : 'a line out of its logged order: reordered or duplicated';
}
