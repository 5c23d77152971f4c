import type {CompiledRules} from './compile-rules.ts';
import {lowercaseInPlace} from './secret-rule.ts';

type Finding = {readonly start: number; readonly end: number; readonly rule: string};

const LONGEST_MARKER = 80;
// Hints spare a short command the compiling of rules it cannot match. In a long one, looking for every hint takes
// about as long as running every rule.
const LONGEST_HINTED_COMMAND = 16 * 1024;
const MARKER = /^\[REDACTED:[\w.-]+\]$/;

/**
 * The command with each secret replaced by `[REDACTED:<rule>]` and every other character as it was. Secrets found by
 * several rules, or overlapping, become one marker named after the rule whose find starts first (ties: rule order).
 */
export function redactCommand(command: string, compiled: CompiledRules): string {
	const findings = findSecrets(command, compiled);
	if (findings.length === 0) {
		return command;
	}

	const parts: string[] = [];
	let copiedUpTo = 0;
	let index = 0;
	while (index < findings.length) {
		const first = findings[index]!;
		let end = first.end;
		for (index++; index < findings.length && findings[index]!.start < end; index++) {
			end = Math.max(end, findings[index]!.end);
		}

		parts.push(command.slice(copiedUpTo, first.start), `[REDACTED:${first.rule}]`);
		copiedUpTo = end;
	}

	parts.push(command.slice(copiedUpTo));
	return parts.join('');
}

/**
 * Every rule's findings, by position; a stable sort keeps rule order among findings that start at the same place. In
 * a short command, a rule whose hints are all missing is skipped.
 */
function findSecrets(command: string, {rules, allow}: CompiledRules): Finding[] {
	const findings: Finding[] = [];
	let isSorted = true;
	const lowercase = lowercaseInPlace(command);
	const checksHints = command.length <= LONGEST_HINTED_COMMAND;
	for (const rule of rules) {
		if (checksHints && rule.hints !== undefined && !rule.hints.some(hint => lowercase.includes(hint))) {
			continue;
		}

		for (const {start, end} of rule.find(command, lowercase)) {
			if (end > start && !isKept(command, start, end, allow)) {
				isSorted &&= findings.length === 0 || findings.at(-1)!.start <= start;
				findings.push({start, end, rule: rule.name});
			}
		}
	}

	return isSorted ? findings : findings.sort((first, second) => first.start - second.start);
}

// An allowed value, or a marker already there (a command pasted from the log), so that redacting is idempotent.
function isKept(command: string, start: number, end: number, allow: ReadonlySet<string>): boolean {
	const isMarker = command[start] === '[' && end - start <= LONGEST_MARKER && MARKER.test(command.slice(start, end));
	return isMarker || (allow.size > 0 && allow.has(command.slice(start, end)));
}
