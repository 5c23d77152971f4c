import type {CompiledRules} from './compile-rules.ts';

type Finding = {start: number; end: number; rule: string};

/**
 * The command with each secret replaced by `[REDACTED:<rule>]` and every other character as it was. Secrets found by
 * several rules, or overlapping, become one marker named after the rule whose find starts first (ties: rule order).
 */
export function redactCommand(command: string, compiled: CompiledRules): string {
	const findings = findSecrets(command, compiled);
	if (findings.length === 0) {
		return command;
	}

	let redacted = '';
	let copiedUpTo = 0;
	for (const finding of mergeOverlaps(findings)) {
		redacted += `${command.slice(copiedUpTo, finding.start)}[REDACTED:${finding.rule}]`;
		copiedUpTo = finding.end;
	}

	return redacted + command.slice(copiedUpTo);
}

function findSecrets(command: string, {rules, allow}: CompiledRules): Finding[] {
	const findings: Finding[] = [];
	for (const rule of rules) {
		for (const {start, end} of rule.find(command)) {
			if (end > start && !(allow.size > 0 && allow.has(command.slice(start, end)))) {
				findings.push({start, end, rule: rule.name});
			}
		}
	}

	return findings;
}

function mergeOverlaps(findings: Finding[]): Finding[] {
	// A stable sort keeps rule order among findings that start at the same place.
	const sorted = findings.sort((first, second) => first.start - second.start);
	const merged = [{...sorted[0]!}];
	for (const finding of sorted.slice(1)) {
		const last = merged.at(-1)!;
		if (finding.start < last.end) {
			last.end = Math.max(last.end, finding.end);
		} else {
			merged.push({...finding});
		}
	}

	return merged;
}
