// The real agents, offline against a scripted model, in a project set up by `coograph init`: every command they run
// must be in session.log and the session's own file, exactly, and its outcome in events.jsonl.

import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {EventRecord} from '../../src/event/event-record.ts';
import {stampedBodies} from './harness/log-lines.ts';
import {describeRun} from './harness/run-agent.ts';
import {SUBDIRECTORY} from './harness/sandbox.ts';
import {PARALLEL, SCENARIO, SEQUENCE, type ScriptedCommand} from './harness/scripted-commands.ts';
import {useScriptedSession} from './harness/scripted-session.ts';
import {RECIPES} from './recipes/index.ts';

describe.each(RECIPES)('$agent', recipe => {
	const session = useScriptedSession(recipe, SCENARIO);

	it('runs the whole script', () => {
		const {run} = session();
		expect(run.exitCode, describeRun(run)).toBe(0);
	});

	it('writes each command to session.log, whole, with agent and short id', () => {
		const {logs, shortId, window} = session();
		expectScriptedLines(stampedBodies(logs.sessionLog, window), `[${recipe.agent}] [${shortId}] `);
	});

	it('writes each command to the session\'s own file', async () => {
		const {logs, sessionId, shortId, window} = session();
		expect(sessionId).toMatch(/^[\w-]{1,64}$/);
		const fileName = `${shortId}-${sessionId}.log`;
		expect(logs.sessionFiles).toEqual([fileName]);
		expectScriptedLines(stampedBodies(await logs.readSessionFile(fileName), window), `[${recipe.agent}] `);
	});

	it('records each command\'s outcome in events.jsonl', () => {
		const {events} = session().logs;
		const commands = [...SEQUENCE, ...PARALLEL];
		const exitCode = (scripted: ScriptedCommand) => recipe.reportsExitCodes ? scripted.exitCode : null;
		expect(commandsOf(events, 'pre')).toEqual(commands.map(({command}) => [command, undefined]).sort());
		expect(commandsOf(events, 'post')).toEqual(commands.map(scripted => [scripted.command, exitCode(scripted)]).sort());
	});

	it('records the session\'s start, and its end where the agent reports it', () => {
		const {events} = session().logs;
		expect(events.filter(event => event.kind === 'session_start')).toHaveLength(1);
		expect(events.filter(event => event.kind === 'session_end')).toHaveLength(recipe.endsSession ? 1 : 0);
	});

	it('names the agent and the session in every event', () => {
		const {logs, sessionId, shortId} = session();
		for (const event of logs.events) {
			expect(event).toMatchObject({v: 1, agent: recipe.agent, session_id: sessionId, short_id: shortId});
		}
	});

	it('logs at the project root after a cd into a subdirectory', () => {
		expect(existsSync(join(session().sandbox.project, SUBDIRECTORY, '.coograph'))).toBe(false);
	});
});

/** The command and exit code of each record of a kind, sorted: parallel calls may land in any order. */
function commandsOf(events: EventRecord[], kind: EventRecord['kind']): Array<[string | undefined, number | null | undefined]> {
	return events.filter(event => event.kind === kind).map(event => [event.command, event.exit_code] as [string | undefined, number | null | undefined]).sort();
}

/** The sequence in order, then the parallel commands in any order; nothing else. */
function expectScriptedLines(bodies: string[], prefix: string): void {
	const logged = (commands: ScriptedCommand[]) => commands.map(({logged}) => `${prefix}${logged}`);
	expect(bodies.slice(0, SEQUENCE.length)).toEqual(logged(SEQUENCE));
	expect(bodies.slice(SEQUENCE.length).sort()).toEqual(logged(PARALLEL).sort());
}
