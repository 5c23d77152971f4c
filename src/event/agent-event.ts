// The normalised event: what every agent adapter produces and the writer consumes.

export const AGENT_NAMES = [
	'claude-code',
	'codex-cli',
	'opencode',
	'gemini-cli',
	'qwen-code',
	'copilot-cli',
	'cursor',
	'shell',
] as const;

export type AgentName = (typeof AGENT_NAMES)[number];

export type EventKind = 'pre' | 'post' | 'session_start' | 'session_end';

export type AgentEvent = {
	kind: EventKind;
	agent: AgentName;
	/** The agent's own session id, unsanitised; undefined when the payload has none. */
	sessionId?: string;
	toolName?: string;
	/** Claude Code's tool_use_id, Codex's tool_use_id, OpenCode's callID. */
	toolUseId?: string;
	cwd?: string;
	/** The exact command, as the agent will run it. */
	command?: string;
	/** Post events only: null when the agent does not report it. */
	exitCode?: number | null;
	/** Post events only: null when the agent does not report it. */
	durationMs?: number | null;
	/** SessionStart's source (startup, resume, …). */
	source?: string;
	/** SessionEnd's reason. */
	reason?: string;
};
