// The opt-in policy on the real agents: with PIPE_TO_SHELL blocked in coograph.config.json, a download piped to sh
// is refused before it runs, the model is told why, the agent goes on, and the logs mark the command BLOCKED.

import {existsSync} from 'node:fs';
import {readFile, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {ALLOWED_COMMAND, BLOCKED_COMMAND, BLOCKING_CONFIG, BLOCKING_SCENARIO, MARKERS} from './harness/blocked-commands.ts';
import {stampedBodies} from './harness/log-lines.ts';
import {describeRun} from './harness/run-agent.ts';
import {useScriptedSession} from './harness/scripted-session.ts';
import {RECIPES} from './recipes/index.ts';

// How coograph's refusal starts; the rest names the findings.
const REASON = 'coograph: blocked by this project\'s policy';

const writeConfig = async (project: string) => writeFile(join(project, 'coograph.config.json'), JSON.stringify(BLOCKING_CONFIG));

describe.each(RECIPES.filter(recipe => recipe.enforcesPolicy))('$agent', recipe => {
	const session = useScriptedSession(recipe, BLOCKING_SCENARIO, {prepareProject: writeConfig});

	it('goes on to the end after the refusal', () => {
		const {run} = session();
		expect(run.exitCode, describeRun(run)).toBe(0);
	});

	it('never runs the blocked command, and runs the next one', () => {
		const {project} = session().sandbox;
		expect(existsSync(join(project, MARKERS.blocked))).toBe(false);
		expect(existsSync(join(project, MARKERS.allowed))).toBe(true);
	});

	it('marks the blocked command in both text logs', async () => {
		const {logs, sessionId, shortId, window} = session();
		for (const [text, prefix] of [
			[logs.sessionLog, `[${recipe.agent}] [${shortId}] `],
			[await logs.readSessionFile(`${shortId}-${sessionId}.log`), `[${recipe.agent}] `],
		] as const) {
			expect(stampedBodies(text, window)).toEqual([`${prefix}[BLOCKED] ${BLOCKED_COMMAND}`, `${prefix}${ALLOWED_COMMAND}`]);
		}
	});

	it('records the refusal and its reason in events.jsonl', () => {
		const commands = session().logs.events.filter(event => event.kind === 'pre').map(({command, blocked}) => ({command, blocked}));
		expect(commands).toEqual([
			{command: BLOCKED_COMMAND, blocked: expect.stringContaining('PIPE_TO_SHELL')},
			{command: ALLOWED_COMMAND, blocked: undefined},
		]);
	});

	it('records no outcome for the blocked command', () => {
		const outcomes = session().logs.events.filter(event => event.kind === 'post').map(({command, exit_code}) => [command, exit_code]);
		expect(outcomes).toEqual([[ALLOWED_COMMAND, recipe.reportsExitCodes ? 0 : null]]);
	});

	it('tells the model why', async () => {
		const requests = await readFile(join(session().sandbox.root, 'model-requests.jsonl'), 'utf8');
		expect(requests.includes(REASON), `a request to the model carries "${REASON}"`).toBe(true);
	});
});
