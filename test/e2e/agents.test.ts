// The real agents, offline against a scripted model, in a project set up by `coograph init`: every command they run
// must be in session.log and the session's own file, exactly, and its outcome in events.jsonl.

import {createHash} from 'node:crypto';
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {EventRecord} from '../../src/event/event-record.ts';
import type {NetnsResult} from './netns/job.ts';
import {readCoographLogs, type CoographLogs} from './harness/coograph-logs.ts';
import {describeRun, runAgent, setUpProject} from './harness/run-agent.ts';
import {createSandbox, removeSandbox, SUBDIRECTORY, type Sandbox} from './harness/sandbox.ts';
import {PARALLEL, SEQUENCE, type ScriptedCommand} from './harness/scripted-commands.ts';
import type {AgentRecipe} from './recipes/agent-recipe.ts';
import {claudeCode} from './recipes/claude-code.ts';
import {codexCli} from './recipes/codex-cli.ts';
import {openCode} from './recipes/opencode.ts';

const RECIPES: AgentRecipe[] = [claudeCode, codexCli, openCode];

// `[2026-05-17 09:42:18Z] rest`
const STAMPED_LINE = /^\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)Z\] (.*)$/;

describe.each(RECIPES)('$agent', recipe => {
	let sandbox: Sandbox;
	let run: NetnsResult;
	let runWindow: {start: number; end: number};
	let logs: CoographLogs;
	let sessionId: string;
	let shortId: string;

	beforeAll(async () => {
		sandbox = await createSandbox(recipe.agent);
		await setUpProject(recipe, sandbox);
		const start = Date.now();
		run = await runAgent(recipe, sandbox);
		runWindow = {start, end: Date.now()};
		logs = await readCoographLogs(sandbox.project).catch((error: unknown) => {
			throw new Error(`no coograph logs: ${String(error)}\n${describeRun(run)}`);
		});
		sessionId = onlySessionId(logs.events);
		shortId = createHash('sha256').update(sessionId).digest('hex').slice(0, 8);
	});

	// Vitest requires a destructuring pattern for the context, even an empty one.
	afterAll(async ({}, suite) => {
		// Unset when creating it failed.
		if (sandbox === undefined) {
			return;
		}

		if (suite.tasks.every(task => task.result?.state === 'pass')) {
			await removeSandbox(sandbox);
		} else {
			console.warn(`${recipe.agent}: the project, the logs and model-requests.jsonl are kept in ${sandbox.root}`);
		}
	});

	it('runs the whole script', () => {
		expect(run.exitCode, describeRun(run)).toBe(0);
	});

	it('writes each command to session.log, whole, with agent and short id', () => {
		expectScriptedLines(logs.sessionLog, `[${recipe.agent}] [${shortId}] `, runWindow);
	});

	it('writes each command to the session\'s own file', async () => {
		expect(sessionId).toMatch(/^[\w-]{1,64}$/);
		const fileName = `${shortId}-${sessionId}.log`;
		expect(logs.sessionFiles).toEqual([fileName]);
		expectScriptedLines(await logs.readSessionFile(fileName), `[${recipe.agent}] `, runWindow);
	});

	it('records each command\'s outcome in events.jsonl', () => {
		const commands = [...SEQUENCE, ...PARALLEL];
		const exitCode = (scripted: ScriptedCommand) => recipe.reportsExitCodes ? scripted.exitCode : null;
		expect(commandsOf(logs.events, 'pre')).toEqual(commands.map(({command}) => [command, undefined]).sort());
		expect(commandsOf(logs.events, 'post')).toEqual(commands.map(scripted => [scripted.command, exitCode(scripted)]).sort());
	});

	it('records the session\'s start, and its end where the agent reports it', () => {
		expect(logs.events.filter(event => event.kind === 'session_start')).toHaveLength(1);
		expect(logs.events.filter(event => event.kind === 'session_end')).toHaveLength(recipe.endsSession ? 1 : 0);
	});

	it('names the agent and the session in every event', () => {
		for (const event of logs.events) {
			expect(event).toMatchObject({v: 1, agent: recipe.agent, session_id: sessionId, short_id: shortId});
		}
	});

	it('logs at the project root after a cd into a subdirectory', () => {
		expect(existsSync(join(sandbox.project, SUBDIRECTORY, '.coograph'))).toBe(false);
	});
});

function onlySessionId(events: EventRecord[]): string {
	const ids = [...new Set(events.map(event => event.session_id))];
	if (ids.length !== 1 || typeof ids[0] !== 'string') {
		throw new Error(`expected one session id in events.jsonl, got ${JSON.stringify(ids)}`);
	}

	return ids[0];
}

/** The command and exit code of each record of a kind, sorted: parallel calls may land in any order. */
function commandsOf(events: EventRecord[], kind: EventRecord['kind']): Array<[string | undefined, number | null | undefined]> {
	return events.filter(event => event.kind === kind).map(event => [event.command, event.exit_code] as [string | undefined, number | null | undefined]).sort();
}

/** Every line stamped within the run; the sequence in order, then the parallel commands in any order; nothing else. */
function expectScriptedLines(text: string, prefix: string, window: {start: number; end: number}): void {
	expect(text.endsWith('\n'), 'the log ends with a newline').toBe(true);
	const lines = text.slice(0, -1).split('\n');
	const bodies = lines.map(line => {
		const [, stamp, body] = STAMPED_LINE.exec(line) ?? [];
		expect(stamp, `a timestamp starts ${JSON.stringify(line)}`).toBeDefined();
		const time = Date.parse(`${stamp}Z`.replace(' ', 'T'));
		expect(time).toBeGreaterThanOrEqual(Math.floor(window.start / 1000) * 1000);
		expect(time).toBeLessThanOrEqual(window.end);
		return body;
	});
	const logged = (commands: ScriptedCommand[]) => commands.map(({logged}) => `${prefix}${logged}`);
	expect(bodies.slice(0, SEQUENCE.length)).toEqual(logged(SEQUENCE));
	expect(bodies.slice(SEQUENCE.length).sort()).toEqual(logged(PARALLEL).sort());
}
