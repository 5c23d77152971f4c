// The commands every agent is made to run, and how each must appear in coograph's logs.

import type {Scenario} from '../model-server/scenario.ts';
import {SUBDIRECTORY} from './sandbox.ts';

export type ScriptedCommand = {
	command: string;
	/** As the text logs show it: control characters escaped, backslashes as typed. */
	logged: string;
	exitCode: number;
};

const plain = (command: string): ScriptedCommand => ({command, logged: command, exitCode: 0});

/** One model turn each, in this order. */
export const SEQUENCE: ScriptedCommand[] = [
	plain('echo coograph-one'),
	{command: "printf 'a\\n'\necho two-lines", logged: String.raw`printf 'a\n'\necho two-lines`, exitCode: 0},
	plain(`cd ${SUBDIRECTORY} && echo in-sub`),
	{command: 'echo failing; exit 3', logged: 'echo failing; exit 3', exitCode: 3},
];

/** Three tool calls in one model turn. */
export const PARALLEL: ScriptedCommand[] = [plain('echo parallel-one'), plain('echo parallel-two'), plain('echo parallel-three')];

export const SCENARIO: Scenario = {
	turns: [...SEQUENCE.map(({command}) => [command]), PARALLEL.map(({command}) => command)],
	finalText: 'All scripted commands ran.',
};

export const PROMPT = 'Run the scripted commands.';
