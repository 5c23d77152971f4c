import {sha256Hex} from '../sha256-hex.ts';
import type {VerifyFinding} from './finding.ts';
import type {ExpectedLine} from './verify-chain.ts';
import type {FileLines} from './read-lines.ts';

/**
 * A text log against the lines its records say were written, in order. Lines of unchained records (written
 * without the lock) may stand anywhere.
 */
export function verifyTextLog(file: string, actual: FileLines | undefined, expected: ExpectedLine[]): VerifyFinding | undefined {
	if (actual === undefined) {
		return expected.length === 0 ? undefined : {file, line: 0, severity: 'tampered', message: `missing: ${expected.length} logged lines are gone (deleted)`};
	}

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

		return {file, line: index + 1, severity: 'tampered', message: describeMismatch(ordered, next, hash)};
	}

	return next < ordered.length
		? {file, line: actual.lines.length + 1, severity: 'tampered', message: `${ordered.length - next} logged lines are missing from the end: truncated`}
		: undefined;
}

function describeMismatch(ordered: string[], next: number, hash: string): string {
	const position = ordered.indexOf(hash);
	if (position > next) {
		return `${position - next} logged line(s) missing before this one: deleted`;
	}

	return position === -1 ? 'a line no record wrote: edited, inserted or forged' : 'a line out of its logged order: reordered or duplicated';
}
