import type {EventRecord} from '../../event/event-record.ts';
import {escapeCommand} from '../../writer/escape-command.ts';
import type {CommandLine} from '../read/command-line.ts';
import {PostPairing} from './post-pairing.ts';

/** A command's exit code: null when the agent does not give one, undefined when no post event was recorded. */
export type ExitCode = number | null | undefined;

/** What one session's events tell of one of its lines. */
export type LineEvents = {pre: EventRecord | undefined; exitCode: ExitCode};

/**
 * The events of each of one session's lines: a pre event goes with the line written with it, which has its time (to
 * the second) and its command (escaped); its post event gives the exit code.
 */
export function pairLines(lines: CommandLine[], events: EventRecord[]): LineEvents[] {
	const preEvents: EventRecord[] = [];
	const exitCodes: ExitCode[] = [];
	const pairing = new PostPairing<number>();
	for (const event of events) {
		if (event.kind === 'pre') {
			pairing.pre(event, preEvents.length);
			preEvents.push(event);
			exitCodes.push(undefined);
		} else if (event.kind === 'post') {
			const index = pairing.post(event);
			if (index !== undefined) {
				exitCodes[index] = event.exit_code ?? null;
			}
		}
	}

	const unpairedBySecond = new Map<number, number[]>();
	for (const [index, pre] of preEvents.entries()) {
		const second = Math.floor(Date.parse(pre.time) / 1000) * 1000;
		unpairedBySecond.set(second, [...unpairedBySecond.get(second) ?? [], index]);
	}

	return lines.map(line => {
		const candidates = unpairedBySecond.get(line.time) ?? [];
		const sameCommand = candidates.findIndex(index => escapeCommand(preEvents[index]!.command ?? '') === line.command);
		const [index] = candidates.splice(Math.max(sameCommand, 0), 1);
		return index === undefined ? {pre: undefined, exitCode: undefined} : {pre: preEvents[index], exitCode: exitCodes[index]};
	});
}
