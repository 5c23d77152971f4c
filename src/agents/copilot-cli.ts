import type {AgentEvent} from '../event/agent-event.ts';
import {asObject, parseExitCode, sessionIdField, stringField, type Payload} from './payload-fields.ts';

const SHELL_TOOL = 'bash';

// The shell tool's result ends with "<shellId: 0 completed with exit code N>"; its resultType says success even then.
const EXIT_CODE = /^[\s\S]*completed with exit code (\d+)/;

/**
 * A hook payload in Copilot CLI's own (version 1, camelCase) format → event. Those payloads do not name their event,
 * so the fields tell them apart: a tool result makes a post event, a tool alone a pre event, a reason the session's
 * end and a source its start.
 */
export function copilotCliEvent(payload: unknown): AgentEvent | undefined {
	const fields = asObject(payload);
	if (fields === undefined) {
		return undefined;
	}

	const base = {agent: 'copilot-cli' as const, sessionId: sessionIdField(fields, 'sessionId'), cwd: stringField(fields, 'cwd')};
	if (fields.toolName !== undefined) {
		const result = asObject(fields.toolResult);
		return result === undefined
			? shellToolEvent(fields, {...base, kind: 'pre'})
			: shellToolEvent(fields, {...base, kind: 'post', exitCode: parseExitCode(stringField(result, 'textResultForLlm'), EXIT_CODE), durationMs: null});
	}

	if (typeof fields.reason === 'string') {
		return {...base, kind: 'session_end', reason: fields.reason};
	}

	if (typeof fields.source === 'string') {
		return {...base, kind: 'session_start', source: fields.source};
	}

	return undefined;
}

function shellToolEvent(fields: Payload, event: AgentEvent): AgentEvent | undefined {
	const command = stringField(toolArguments(fields.toolArgs), 'command');
	if (fields.toolName !== SHELL_TOOL || command === undefined) {
		return undefined;
	}

	return {...event, toolName: SHELL_TOOL, command};
}

/** `toolArgs` arrives as an object, or as the JSON text of one. */
function toolArguments(value: unknown): Payload | undefined {
	if (typeof value !== 'string') {
		return asObject(value);
	}

	try {
		return asObject(JSON.parse(value));
	} catch {
		return undefined;
	}
}
