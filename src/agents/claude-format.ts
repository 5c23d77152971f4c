import type {AgentEvent, AgentName} from '../event/agent-event.ts';
import {asObject, numberField, sessionIdField, stringField, type Payload} from './payload-fields.ts';

/** What sets apart the agents whose hooks follow Claude Code's payload format (Claude Code, Codex, Qwen Code). */
export type ClaudeFormatDialect = {
	agent: AgentName;
	shellTools: ReadonlySet<string>;
	/** The exit code a PostToolUse or PostToolUseFailure payload carries, null when it carries none. */
	exitCode: (fields: Payload, hookEventName: 'PostToolUse' | 'PostToolUseFailure') => number | null;
};

/** Hook payload → event; undefined for events and tools we do not log. */
export function claudeFormatEvent(payload: unknown, dialect: ClaudeFormatDialect): AgentEvent | undefined {
	const fields = asObject(payload);
	if (fields === undefined) {
		return undefined;
	}

	const base = {agent: dialect.agent, sessionId: sessionIdField(fields, 'session_id'), cwd: stringField(fields, 'cwd')};
	const hookEventName = stringField(fields, 'hook_event_name');
	switch (hookEventName) {
		case 'SessionStart': {
			return {...base, kind: 'session_start', source: stringField(fields, 'source')};
		}

		case 'SessionEnd': {
			return {...base, kind: 'session_end', reason: stringField(fields, 'reason')};
		}

		case 'PreToolUse': {
			return shellToolEvent(fields, dialect, {...base, kind: 'pre'});
		}

		case 'PostToolUse':
		case 'PostToolUseFailure': {
			const outcome = {exitCode: dialect.exitCode(fields, hookEventName), durationMs: numberField(fields, 'duration_ms') ?? null};
			return shellToolEvent(fields, dialect, {...base, kind: 'post', ...outcome});
		}

		default: {
			return undefined;
		}
	}
}

function shellToolEvent(fields: Payload, dialect: ClaudeFormatDialect, event: AgentEvent): AgentEvent | undefined {
	const toolName = stringField(fields, 'tool_name');
	const command = stringField(asObject(fields.tool_input), 'command');
	if (toolName === undefined || !dialect.shellTools.has(toolName) || command === undefined) {
		return undefined;
	}

	return {...event, toolName, toolUseId: stringField(fields, 'tool_use_id'), command};
}
