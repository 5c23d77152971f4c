// One agent's whole run: the project set up by the user and by `coograph init`, then the agent on a scenario.

import {join} from 'node:path';
import type {Scenario} from '../model-server/scenario.ts';
import type {NetnsResult} from '../netns/job.ts';
import {MODEL_PORT, type AgentRecipe} from '../recipes/agent-recipe.ts';
import {runIsolated} from './isolated.ts';
import {coograph} from './paths.ts';
import {runInNetns} from './run-in-netns.ts';
import type {Sandbox} from './sandbox.ts';

const AGENT_TIMEOUT_MS = 120_000;

export async function setUpProject(recipe: AgentRecipe, sandbox: Sandbox): Promise<void> {
	await recipe.configure(sandbox);
	const init = await runIsolated(process.execPath, [coograph, 'init', sandbox.project, '--agent', recipe.agent], {env: agentEnv(recipe, sandbox), cwd: sandbox.project});
	if (init.exitCode !== 0) {
		throw new Error(`coograph init exited with ${init.exitCode}:\n${init.stdout}\n${init.stderr}`);
	}
}

export async function runAgent(recipe: AgentRecipe, sandbox: Sandbox, scenario: Scenario): Promise<NetnsResult> {
	const [command, ...args] = recipe.command;
	return runInNetns({
		port: MODEL_PORT,
		scenario,
		command: command!,
		args,
		cwd: sandbox.project,
		env: agentEnv(recipe, sandbox),
		timeoutMs: AGENT_TIMEOUT_MS,
		requestLog: join(sandbox.root, 'model-requests.jsonl'),
	}, sandbox.root);
}

/** What to show when a run went wrong: its outcome, what the model was asked, and the agent's last words. */
export function describeRun(run: NetnsResult): string {
	const outcome = run.timedOut ? 'timed out' : `exited with ${run.exitCode}`;
	return [
		`agent ${outcome} after ${run.durationMs} ms`,
		`model requests: ${run.requests.join(', ') || 'none'}`,
		`stderr: ${run.stderr.slice(-2000)}`,
		`stdout: ${run.stdout.slice(-2000)}`,
	].join('\n');
}

function agentEnv(recipe: AgentRecipe, sandbox: Sandbox): Record<string, string> {
	return {...sandbox.baseEnv, ...recipe.env(sandbox)};
}
