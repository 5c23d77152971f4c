import type {AgentEvent} from '../event/agent-event.ts';
import {projectRoot} from '../project/project-root.ts';
import {writeEvent} from '../writer/write-event.ts';
import {readStdin} from './read-stdin.ts';

export type CommandHookAgent = {
	toEvent: (payload: unknown) => AgentEvent | undefined;
	/** The environment variable in which the agent names the project root, if it has one. */
	projectDirVariable?: string;
};

/**
 * The whole life of a command hook. It never disturbs the agent: exit 0, nothing on stdout, and at most one line
 * on stderr, whatever arrives.
 */
export function runCommandHook(agent: CommandHookAgent, argv = process.argv): void {
	process.exitCode = 0;
	try {
		const event = agent.toEvent(parsePayload(readStdin()));
		if (event === undefined) {
			return;
		}

		const installedForUser = argv.includes('--user');
		const root = projectRoot({
			agentProjectDir: agent.projectDirVariable === undefined ? undefined : process.env[agent.projectDirVariable],
			projectHookFile: installedForUser ? undefined : argv[1],
			cwd: event.cwd,
		});
		writeEvent(root, event);
	} catch (error) {
		process.stderr.write(`coograph: event not logged: ${oneLine(error)}\n`);
	}
}

function parsePayload(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

function oneLine(error: unknown): string {
	return String(error instanceof Error ? error.message : error).replace(/\s+/g, ' ').slice(0, 300);
}
