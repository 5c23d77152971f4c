import type {AgentEvent} from '../event/agent-event.ts';
import {asObject, sessionIdField, stringField} from './payload-fields.ts';

/** The shell fallback's payload, written by its DEBUG trap: one simple command that bash is about to run. */
export function shellEvent(payload: unknown): AgentEvent | undefined {
	const fields = asObject(payload);
	const command = stringField(fields, 'command');
	if (command === undefined) {
		return undefined;
	}

	return {kind: 'pre', agent: 'shell', sessionId: sessionIdField(fields, 'session_id'), toolName: 'bash', cwd: stringField(fields, 'cwd'), command};
}
