import type {AgentEvent, AgentName, EventKind} from '../event/agent-event.ts';
import {asObject, numberField, sessionIdField, stringField, type Payload} from './payload-fields.ts';

/**
 * What sets apart the agents whose hooks follow Claude Code's payload format: Claude Code, Codex and Qwen Code, and
 * Gemini CLI, which names the tool events differently.
 */
export type ClaudeFormatDialect = {
	agent: AgentName;
	/** The hook events logged, by name. A Map: the name comes from the payload, and must not find `toString`. */
	events: ReadonlyMap<string, EventKind>;
	shellTools: ReadonlySet<string>;
	/** The exit code a post event's payload carries, null when it carries none. */
	exitCode: (fields: Payload, hookEventName: string) => number | null;
};

/** Claude Code's names, which Codex and Qwen Code share. */
export const CLAUDE_EVENTS: ReadonlyMap<string, EventKind> = new Map([
	['SessionStart', 'session_start'],
	['SessionEnd', 'session_end'],
	['PreToolUse', 'pre'],
	['PostToolUse', 'post'],
	['PostToolUseFailure', 'post'],
]);

/** Hook payload → event; undefined for events and tools we do not log. */
export function claudeFormatEvent(payload: unknown, dialect: ClaudeFormatDialect): AgentEvent | undefined {
	const fields = asObject(payload);
	const hookEventName = stringField(fields, 'hook_event_name');
	const kind = hookEventName === undefined ? undefined : dialect.events.get(hookEventName);
	if (fields === undefined || hookEventName === undefined || kind === undefined) {
		return undefined;
	}

	const base = {agent: dialect.agent, sessionId: sessionIdField(fields, 'session_id'), cwd: stringField(fields, 'cwd')};
	switch (kind) {
		case 'session_start': {
			return {...base, kind, source: stringField(fields, 'source')};
		}

		case 'session_end': {
			return {...base, kind, reason: stringField(fields, 'reason')};
		}

		case 'pre': {
			return shellToolEvent(fields, dialect, {...base, kind});
		}

		case 'post': {
			const outcome = {exitCode: dialect.exitCode(fields, hookEventName), durationMs: numberField(fields, 'duration_ms') ?? null};
			return shellToolEvent(fields, dialect, {...base, kind, ...outcome});
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
