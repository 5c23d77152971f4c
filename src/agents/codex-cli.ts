import {CLAUDE_EVENTS, claudeFormatEvent, type ClaudeFormatDialect} from './claude-format.ts';

const CODEX_CLI: ClaudeFormatDialect = {
	agent: 'codex-cli',
	events: CLAUDE_EVENTS,
	// Codex reports every shell-like tool as Bash.
	shellTools: new Set(['Bash']),
	// Codex's PostToolUse carries only the output text: the exit code is unknown.
	exitCode: () => null,
};

export const codexCliEvent = (payload: unknown) => claudeFormatEvent(payload, CODEX_CLI);
