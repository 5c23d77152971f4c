import type {EventRecord} from '../../event/event-record.ts';
import {escapeCommand} from '../../writer/escape-command.ts';
import type {CommandLine} from '../read/command-line.ts';

/** A command's exit code: null when the agent does not give one, undefined when no post event was recorded. */
export type ExitCode = number | null | undefined;

/**
 * The exit code of each of one session's lines, from its events: a post event goes with its pre event by tool use
 * id, or else in order; a pre event goes with the line written with it, which has its time (to the second) and its
 * command (escaped).
 */
export function pairExitCodes(lines: CommandLine[], events: EventRecord[]): ExitCode[] {
	const preEvents = events.filter(event => event.kind === 'pre');
	const exitCodes = exitCodesOfPreEvents(preEvents, events.filter(event => event.kind === 'post'));
	const unpairedBySecond = new Map<number, number[]>();
	for (const [index, pre] of preEvents.entries()) {
		const second = Math.floor(Date.parse(pre.time) / 1000) * 1000;
		unpairedBySecond.set(second, [...unpairedBySecond.get(second) ?? [], index]);
	}

	return lines.map(line => {
		const candidates = unpairedBySecond.get(line.time) ?? [];
		const sameCommand = candidates.findIndex(index => escapeCommand(preEvents[index]!.command ?? '') === line.command);
		const [index] = candidates.splice(Math.max(sameCommand, 0), 1);
		return index === undefined ? undefined : exitCodes[index];
	});
}

function exitCodesOfPreEvents(preEvents: EventRecord[], postEvents: EventRecord[]): ExitCode[] {
	const exitCodes: ExitCode[] = preEvents.map(() => undefined);
	const preByToolUse = new Map<string, number[]>();
	for (const [index, pre] of preEvents.entries()) {
		if (pre.tool_use_id !== undefined) {
			preByToolUse.set(pre.tool_use_id, [...preByToolUse.get(pre.tool_use_id) ?? [], index]);
		}
	}

	const paired = new Set<number>();
	const unmatchedPosts = postEvents.filter(post => {
		const index = post.tool_use_id === undefined ? undefined : preByToolUse.get(post.tool_use_id)?.shift();
		if (index === undefined) {
			return true;
		}

		paired.add(index);
		exitCodes[index] = post.exit_code ?? null;
		return false;
	});
	const unmatchedPres = preEvents.map((_, index) => index).filter(index => !paired.has(index));
	for (const [order, post] of unmatchedPosts.entries()) {
		const index = unmatchedPres[order];
		if (index !== undefined) {
			exitCodes[index] = post.exit_code ?? null;
		}
	}

	return exitCodes;
}
