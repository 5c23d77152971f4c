// How to set up and start one real agent offline; the test does the same with each.

import type {AgentName} from '../../../src/event/agent-event.ts';
import type {Sandbox} from '../harness/sandbox.ts';

export type AgentRecipe = {
	agent: AgentName;
	/** The user's own part, which `coograph init` leaves alone: model provider, permissions, project trust. */
	configure: (sandbox: Sandbox) => Promise<void>;
	/** Variables beyond PATH, HOME and TMPDIR, for `coograph init` and the agent alike. */
	env: (sandbox: Sandbox) => Record<string, string>;
	/** The agent's command line, prompt included. */
	command: string[];
	/** False where the agent gives hooks no exit code (Codex): post records then carry null. */
	reportsExitCodes: boolean;
	/** Whether a one-shot run ends its session through a hook (OpenCode's and Qwen Code's don't). */
	endsSession: boolean;
	/**
	 * Whether coograph's hook refuses what the project's policy blocks. Not Copilot CLI's: Copilot takes a hook's
	 * exit 1 (any crash) as a refusal too, so by coograph's contract that hook exits 0 whatever happens.
	 */
	enforcesPolicy: boolean;
};

/** The scripted model's address inside the agent's network namespace, which has a loopback of its own. */
export const MODEL_PORT = 8787;
export const MODEL_URL = `http://127.0.0.1:${MODEL_PORT}`;
