import {CLAUDE_EVENTS, claudeFormatEvent, type ClaudeFormatDialect} from './claude-format.ts';
import {asObject, parseExitCode, stringField} from './payload-fields.ts';

// The shell tool's result text ends with "Exit Code: N", "Signal: …" and "Process Group PGID: …" lines, after the
// command's own output: the last "Exit Code" line is the tool's.
const EXIT_CODE_LINE = /^[\s\S]*^Exit Code: (\d+)$/m;

const QWEN_CODE: ClaudeFormatDialect = {
	agent: 'qwen-code',
	events: CLAUDE_EVENTS,
	shellTools: new Set(['run_shell_command']),
	// PostToolUse fires on success, PostToolUseFailure on a non-zero exit, with the result text in `error`.
	exitCode: (fields, hookEventName) => hookEventName === 'PostToolUse'
		? parseExitCode(stringField(asObject(fields.tool_response), 'llmContent'), EXIT_CODE_LINE) ?? 0
		: parseExitCode(stringField(fields, 'error'), EXIT_CODE_LINE),
};

export const qwenCodeEvent = (payload: unknown) => claudeFormatEvent(payload, QWEN_CODE);
