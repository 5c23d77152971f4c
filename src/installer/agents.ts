// Every agent coograph installs into, one entry each. An agent whose settings follow Claude Code's layout (Qwen
// Code, Gemini CLI) needs only a new entry; one with its own layout (Copilot CLI, Cursor) also a HookConfigFormat.

import {join} from 'node:path';
import type {AgentName} from '../event/agent-event.ts';
import {codexHookTrust} from './codex/codex-hook-trust.ts';
import type {HookEvent} from './hook-config/claude-style.ts';
import {CLAUDE_STYLE, type HookConfigFormat} from './hook-config/hook-config-format.ts';
import type {HookTrust} from './hook-trust.ts';
import {codexHome, xdgConfigHome} from './scope.ts';

export type AgentSetup = {
	agent: AgentName;
	/** The agent's configuration folder: its name inside a project, and where the user's own lives. */
	folder: {project: string; user: (env: NodeJS.ProcessEnv, home: string) => string};
	/** The bundle's path in `dist/`, and where it is installed inside the folder. */
	bundle: {built: string; installed: string};
	/** Settings entries that make the agent run a command hook; absent for in-process plugins. */
	hooks?: {
		file: string;
		format: HookConfigFormat;
		events: readonly HookEvent[];
		/** In the unit the agent expects: short, so a hung disk never stalls the agent for its default timeout. */
		timeout: number;
		/** The agent's variable naming the project root, so a project's hooks survive the project being moved. */
		projectDirVariable?: string;
	};
	trust?: HookTrust;
};

export const AGENT_SETUPS: readonly AgentSetup[] = [
	{
		agent: 'claude-code',
		folder: {project: '.claude', user: (_env, home) => join(home, '.claude')},
		bundle: {built: 'hooks/coograph-claude-code.cjs', installed: 'hooks/coograph-claude-code.cjs'},
		hooks: {
			file: 'settings.json',
			format: CLAUDE_STYLE,
			events: [
				{event: 'PreToolUse', matcher: 'Bash|PowerShell'},
				{event: 'PostToolUse', matcher: 'Bash|PowerShell'},
				{event: 'PostToolUseFailure', matcher: 'Bash|PowerShell'},
				{event: 'SessionStart'},
				{event: 'SessionEnd'},
			],
			timeout: 10,
			projectDirVariable: 'CLAUDE_PROJECT_DIR',
		},
	},
	{
		agent: 'codex-cli',
		folder: {project: '.codex', user: codexHome},
		bundle: {built: 'hooks/coograph-codex-cli.cjs', installed: 'hooks/coograph-codex-cli.cjs'},
		hooks: {
			file: 'hooks.json',
			format: CLAUDE_STYLE,
			events: [
				{event: 'PreToolUse', matcher: '^Bash$'},
				{event: 'PostToolUse', matcher: '^Bash$'},
				{event: 'SessionStart'},
				{event: 'SessionEnd'},
			],
			timeout: 10,
		},
		trust: codexHookTrust,
	},
	{
		agent: 'opencode',
		folder: {project: '.opencode', user: (env, home) => join(xdgConfigHome(env, home), 'opencode')},
		bundle: {built: 'plugins/coograph.js', installed: 'plugins/coograph.js'},
	},
];
