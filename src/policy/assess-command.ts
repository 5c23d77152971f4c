import type {BlockConfig} from '../config/block-key.ts';
import {analyzeCommand, type Finding} from '../findings/analyze-command.ts';
import {finding} from '../findings/finding.ts';
import {addsLoopGuard, isDestructive} from '../findings/loop-guard.ts';

export type Assessment = {
	findings: Finding[];
	/** Why the project's policy refuses the command; undefined when it may run. */
	blocked?: string;
};

/**
 * A command's risk findings (LOOP_GUARD included) and the project's verdict on it. The session's earlier destructive
 * commands are only looked up when this one is destructive too.
 */
export function assessCommand(command: string, block: BlockConfig, now: number, earlierDestructiveTimes: () => number[]): Assessment {
	const findings = analyzeCommand(command);
	if (isDestructive(findings) && addsLoopGuard({findings, now, earlierDestructiveTimes: earlierDestructiveTimes()})) {
		findings.push(finding('LOOP_GUARD'));
	}

	return {findings, blocked: blockReason(command, findings, block)};
}

function blockReason(command: string, findings: readonly Finding[], block: BlockConfig): string | undefined {
	const names = findings.map(({name}) => name).filter(name => block.findings.includes(name));
	if (names.length > 0) {
		return `coograph: blocked by this project's policy (coograph.config.json): ${names.join(', ')}`;
	}

	const pattern = block.patterns.find(source => new RegExp(source).test(command));
	return pattern === undefined ? undefined : `coograph: blocked by this project's policy (coograph.config.json): matches /${pattern}/`;
}
