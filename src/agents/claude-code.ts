import {CLAUDE_EVENTS, claudeFormatEvent, type ClaudeFormatDialect} from './claude-format.ts';
import {parseExitCode, stringField} from './payload-fields.ts';

// PostToolUseFailure's error text starts with "Exit code N"; PostToolUse fires only on success.
const FAILURE_EXIT_CODE = /^Exit code (\d+)/;

const CLAUDE_CODE: ClaudeFormatDialect = {
	agent: 'claude-code',
	events: CLAUDE_EVENTS,
	shellTools: new Set(['Bash', 'PowerShell']),
	exitCode: (fields, hookEventName) => hookEventName === 'PostToolUse'
		? 0
		: parseExitCode(stringField(fields, 'error'), FAILURE_EXIT_CODE),
};

export const claudeCodeEvent = (payload: unknown) => claudeFormatEvent(payload, CLAUDE_CODE);
