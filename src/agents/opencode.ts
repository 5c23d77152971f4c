import type {AgentEvent} from '../event/agent-event.ts';
import {asObject, numberField, sessionIdField, stringField} from './payload-fields.ts';

const SHELL_TOOL = 'bash';

/** `tool.execute.before(input, output)` → pre event; undefined unless it is the bash tool with a command. */
export function openCodeBeforeEvent(input: unknown, output: unknown, directory: string): AgentEvent | undefined {
	const call = asObject(input);
	const args = asObject(asObject(output)?.args);
	return shellEvent(call, stringField(args, 'command'), stringField(args, 'workdir') ?? directory, {kind: 'pre'});
}

/** `tool.execute.after(input, output)` → post event, exit code from `metadata.exit`. */
export function openCodeAfterEvent(input: unknown, output: unknown, directory: string, durationMs: number | null): AgentEvent | undefined {
	const call = asObject(input);
	const args = asObject(call?.args);
	const exitCode = numberField(asObject(asObject(output)?.metadata), 'exit') ?? null;
	return shellEvent(call, stringField(args, 'command'), stringField(args, 'workdir') ?? directory, {kind: 'post', exitCode, durationMs});
}

/** The `event` hook: session.created → session start, session.deleted → session end. */
export function openCodeSessionEvent(payload: unknown, directory: string): AgentEvent | undefined {
	const event = asObject(asObject(payload)?.event);
	const sessionId = sessionIdField(asObject(event?.properties), 'sessionID')
		?? sessionIdField(asObject(asObject(event?.properties)?.info), 'id');
	const base = {agent: 'opencode' as const, sessionId, cwd: directory};
	switch (stringField(event, 'type')) {
		case 'session.created': {
			return {...base, kind: 'session_start', source: 'created'};
		}

		case 'session.deleted': {
			return {...base, kind: 'session_end', reason: 'deleted'};
		}

		default: {
			return undefined;
		}
	}
}

function shellEvent(call: ReturnType<typeof asObject>, command: string | undefined, cwd: string, event: Pick<AgentEvent, 'kind' | 'exitCode' | 'durationMs'>): AgentEvent | undefined {
	if (stringField(call, 'tool') !== SHELL_TOOL || command === undefined) {
		return undefined;
	}

	return {
		...event,
		agent: 'opencode',
		sessionId: sessionIdField(call, 'sessionID'),
		toolName: SHELL_TOOL,
		toolUseId: stringField(call, 'callID'),
		cwd,
		command,
	};
}
