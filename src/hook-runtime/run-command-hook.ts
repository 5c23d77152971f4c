import {writeSync} from 'node:fs';
import type {AgentEvent} from '../event/agent-event.ts';
import {projectRoot} from '../project/project-root.ts';
import {readStdin} from './read-stdin.ts';
import type {HookResponse, Refusal} from './refusals.ts';
import {recordEvent} from './record-event.ts';

export type CommandHookAgent = {
	toEvent: (payload: unknown) => AgentEvent | undefined;
	/** The environment variable in which the agent names the project root, if it has one. */
	projectDirVariable?: string;
	/** How the agent is told not to run a command; without one, commands are never marked blocked (they run). */
	refuse?: Refusal;
};

export type {HookResponse} from './refusals.ts';

const UNDISTURBED: HookResponse = {exitCode: 0, stdout: '', stderr: ''};

/** What the hook answers to one payload. Never throws: anything that goes wrong leaves the agent undisturbed. */
export function handleHookInput(input: string, agent: CommandHookAgent, argv: readonly string[], environment: NodeJS.ProcessEnv): HookResponse {
	const event = agent.toEvent(parsePayload(input));
	if (event === undefined) {
		return UNDISTURBED;
	}

	const root = projectRoot({
		agentProjectDir: agent.projectDirVariable === undefined ? undefined : environment[agent.projectDirVariable],
		projectHookFile: argv.includes('--user') ? undefined : argv[1],
		cwd: event.cwd,
	});
	const verdict = recordEvent(root, event, {canRefuse: agent.refuse !== undefined});
	const response = verdict.block === undefined || agent.refuse === undefined ? UNDISTURBED : agent.refuse(verdict.block);
	if (verdict.warning === undefined) {
		return response;
	}

	return {...response, stderr: response.stderr === '' ? `${verdict.warning}\n` : `${response.stderr.trimEnd()} | ${verdict.warning}\n`};
}

/** The whole life of a command hook process. */
export function runCommandHook(agent: CommandHookAgent): void {
	let response: HookResponse;
	try {
		response = handleHookInput(readStdin(), agent, process.argv, process.env);
	} catch (error) {
		response = {exitCode: 0, stdout: '', stderr: `coograph: event not logged: ${String(error).slice(0, 300)}\n`};
	}

	// fs.writeSync, not process.stderr: the stream machinery costs milliseconds to load on every hook start.
	if (response.stderr !== '') {
		writeSync(2, response.stderr);
	}

	process.exitCode = response.exitCode;
}

function parsePayload(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}
