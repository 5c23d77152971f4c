// One real agent through one scenario in a fresh sandbox, and what coograph's hooks logged of it. The sandbox is
// removed when every test of the suite passed, else kept for a look.

import {createHash} from 'node:crypto';
import {afterAll, beforeAll} from 'vitest';
import type {EventRecord} from '../../../src/event/event-record.ts';
import type {Scenario} from '../model-server/scenario.ts';
import type {NetnsResult} from '../netns/job.ts';
import type {AgentRecipe} from '../recipes/agent-recipe.ts';
import {readCoographLogs, type CoographLogs} from './coograph-logs.ts';
import {describeRun, runAgent, setUpProject} from './run-agent.ts';
import {createSandbox, removeSandbox, type Sandbox} from './sandbox.ts';

export type ScriptedSession = {
	sandbox: Sandbox;
	run: NetnsResult;
	/** When the agent ran, in ms since the epoch: every line it caused is stamped within. */
	window: {start: number; end: number};
	logs: CoographLogs;
	sessionId: string;
	shortId: string;
};

export type SessionOptions = {
	/** The user's own additions to the project before the agent starts. */
	prepareProject?: (project: string) => Promise<void>;
};

/** Runs the agent before the suite's tests; the returned function gives what they assert on. */
export function useScriptedSession(recipe: AgentRecipe, scenario: Scenario, {prepareProject}: SessionOptions = {}): () => ScriptedSession {
	let sandbox: Sandbox | undefined;
	let session: ScriptedSession | undefined;

	beforeAll(async () => {
		sandbox = await createSandbox(recipe.agent);
		await setUpProject(recipe, sandbox);
		await prepareProject?.(sandbox.project);
		const start = Date.now();
		const run = await runAgent(recipe, sandbox, scenario);
		const window = {start, end: Date.now()};
		const logs = await readCoographLogs(sandbox.project).catch((error: unknown) => {
			throw new Error(`no coograph logs: ${String(error)}\n${describeRun(run)}`);
		});
		const sessionId = onlySessionId(logs.events);
		session = {sandbox, run, window, logs, sessionId, shortId: createHash('sha256').update(sessionId).digest('hex').slice(0, 8)};
	});

	// Vitest requires a destructuring pattern for the context, even an empty one.
	afterAll(async ({}, suite) => {
		if (sandbox === undefined) {
			return;
		}

		if (suite.tasks.every(task => task.result?.state === 'pass')) {
			await removeSandbox(sandbox);
		} else {
			console.warn(`${recipe.agent}: the project, the logs and model-requests.jsonl are kept in ${sandbox.root}`);
		}
	});

	return () => {
		if (session === undefined) {
			throw new Error(`${recipe.agent} did not run`);
		}

		return session;
	};
}

function onlySessionId(events: EventRecord[]): string {
	const ids = [...new Set(events.map(event => event.session_id))];
	if (ids.length !== 1 || typeof ids[0] !== 'string') {
		throw new Error(`expected one session id in events.jsonl, got ${JSON.stringify(ids)}`);
	}

	return ids[0];
}
