// The risk findings of one shell command, as logged before it runs.

import {finding, type Finding, FINDING_NAMES, type FindingName} from './finding.ts';
import {readCommandLine} from './invocation/command-line.ts';
import {RULES} from './rules/index.ts';

export {FINDING_NAMES, FINDING_SEVERITIES, type Finding, type FindingName, type Severity} from './finding.ts';

/** Each finding at most once, in the order of FINDING_NAMES. Never throws: the hook must log whatever it is given. */
export function analyzeCommand(command: string): Finding[] {
	const line = readCommandLine(command);
	const found = new Set<FindingName>();
	for (const rule of RULES) {
		if (line.invocations.some(invocation => (rule.programs === undefined || rule.programs.has(invocation.name)) && rule.test(invocation, line))) {
			found.add(rule.name);
		}
	}

	return FINDING_NAMES.filter(name => found.has(name)).map(name => finding(name));
}
