import type {AgentEvent} from '../event/agent-event.ts';
import {asObject, numberField, sessionIdField, stringField} from './payload-fields.ts';

const KINDS = new Map<string, 'pre' | 'post'>([
	['beforeShellExecution', 'pre'],
	['afterShellExecution', 'post'],
]);

/**
 * A Cursor hook payload → event, following Cursor's documentation (no Cursor binary runs here). The conversation
 * is the session. Neither event names a tool or a call id, afterShellExecution gives a duration but no exit code, and
 * the documentation leaves cwd out of it, so the first workspace root stands in.
 */
export function cursorEvent(payload: unknown): AgentEvent | undefined {
	const fields = asObject(payload);
	const hookEventName = stringField(fields, 'hook_event_name');
	const kind = hookEventName === undefined ? undefined : KINDS.get(hookEventName);
	const command = stringField(fields, 'command');
	if (kind === undefined || command === undefined) {
		return undefined;
	}

	const workspaceRoots = fields?.workspace_roots;
	const event: AgentEvent = {
		kind,
		agent: 'cursor',
		sessionId: sessionIdField(fields, 'conversation_id'),
		cwd: stringField(fields, 'cwd') ?? (Array.isArray(workspaceRoots) && typeof workspaceRoots[0] === 'string' ? workspaceRoots[0] : undefined),
		command,
	};
	return kind === 'pre' ? event : {...event, exitCode: null, durationMs: numberField(fields, 'duration') ?? null};
}
