// Every agent coograph installs into, one entry each. An agent whose settings follow Claude Code's layout (Qwen
// Code, Gemini CLI) needs only a new entry; one with its own layout (Copilot CLI, Cursor) also a HookConfigFormat.

import {join} from 'node:path';
import type {AgentName} from '../event/agent-event.ts';
import {codexHookTrust} from './codex/codex-hook-trust.ts';
import type {HookEvent} from './hook-config/claude-style.ts';
import {CLAUDE_STYLE, COPILOT_STYLE, CURSOR_STYLE, type HookConfigFormat} from './hook-config/hook-config-format.ts';
import type {HookTrust} from './hook-trust.ts';
import type {Installation} from './installation.ts';
import {codexHome, copilotHome, xdgConfigHome} from './scope.ts';
import {coographCommand} from './shell-env.ts';

/** A file built into `dist/`, and where it is installed inside the agent's folder. */
export type CopiedFile = {built: string; installed: string};

export type AgentSetup = {
	agent: AgentName;
	/** The agent's configuration folder: its name inside a project, and where the user's own lives. */
	folder: {project: string; user: (env: NodeJS.ProcessEnv, home: string) => string};
	bundle: CopiedFile;
	/** The shell fallback's BASH_ENV script, which starts the bundle beside it. */
	bashEnv?: CopiedFile;
	/** Settings entries that make the agent run a command hook; absent for in-process plugins. */
	hooks?: {
		file: string;
		format: HookConfigFormat;
		events: readonly HookEvent[];
		/** In the unit the agent expects: short, so a hung disk never stalls the agent for its default timeout. */
		timeout: number;
		/** The agent's variable naming the project root, so a project's hooks survive the project being moved. */
		projectDirVariable?: string;
		/** The agent puts a shell-quoted path in place of the variable before its shell sees the command. */
		projectDirQuotedByAgent?: true;
	};
	/** What shows that the user uses this agent, for `init` without --agent; absent when only --agent installs it. */
	inUse?: {
		commands: readonly string[];
		/** Inside the project, when not the agent's folder itself. */
		projectPath?: string;
	};
	trust?: HookTrust;
	/** What the user must still do before the agent runs the hooks, when coograph cannot or must not do it. */
	userStep?: (installation: Installation) => string | undefined;
};

const projectOnly = (step: string) => ({scope}: Installation) => scope.kind === 'project' ? step : undefined;

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
		inUse: {commands: ['claude']},
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
		inUse: {commands: ['codex']},
		trust: codexHookTrust,
	},
	{
		agent: 'opencode',
		folder: {project: '.opencode', user: (env, home) => join(xdgConfigHome(env, home), 'opencode')},
		bundle: {built: 'plugins/coograph.js', installed: 'plugins/coograph.js'},
		inUse: {commands: ['opencode']},
	},
	{
		agent: 'gemini-cli',
		folder: {project: '.gemini', user: (_env, home) => join(home, '.gemini')},
		bundle: {built: 'hooks/coograph-gemini-cli.cjs', installed: 'hooks/coograph-gemini-cli.cjs'},
		hooks: {
			file: 'settings.json',
			format: CLAUDE_STYLE,
			events: [
				{event: 'BeforeTool', matcher: 'run_shell_command'},
				{event: 'AfterTool', matcher: 'run_shell_command'},
				{event: 'SessionStart'},
				{event: 'SessionEnd'},
			],
			timeout: 10_000,
			projectDirVariable: 'GEMINI_PROJECT_DIR',
			projectDirQuotedByAgent: true,
		},
		inUse: {commands: ['gemini']},
		userStep: projectOnly('Gemini CLI runs a project\'s hooks only in a trusted folder: trust it when gemini asks, or add it to ~/.gemini/trustedFolders.json (GEMINI_CLI_TRUST_WORKSPACE=true trusts it for one run; untrusted, gemini -p exits with code 55)'),
	},
	{
		agent: 'qwen-code',
		folder: {project: '.qwen', user: (_env, home) => join(home, '.qwen')},
		bundle: {built: 'hooks/coograph-qwen-code.cjs', installed: 'hooks/coograph-qwen-code.cjs'},
		hooks: {
			file: 'settings.json',
			format: CLAUDE_STYLE,
			events: [
				{event: 'PreToolUse', matcher: 'run_shell_command'},
				{event: 'PostToolUse', matcher: 'run_shell_command'},
				{event: 'PostToolUseFailure', matcher: 'run_shell_command'},
				{event: 'SessionStart'},
				{event: 'SessionEnd'},
			],
			timeout: 10,
			projectDirVariable: 'QWEN_PROJECT_DIR',
		},
		inUse: {commands: ['qwen']},
	},
	{
		agent: 'copilot-cli',
		folder: {project: '.github', user: copilotHome},
		bundle: {built: 'hooks/coograph-copilot-cli.cjs', installed: 'hooks/coograph-copilot-cli.cjs'},
		hooks: {
			file: 'hooks/coograph.json',
			format: COPILOT_STYLE,
			events: [{event: 'preToolUse'}, {event: 'postToolUse'}, {event: 'sessionStart'}, {event: 'sessionEnd'}],
			timeout: 10,
			projectDirVariable: 'COPILOT_PROJECT_DIR',
		},
		// Most repositories have a .github folder; hooks are what show Copilot CLI.
		inUse: {commands: ['copilot'], projectPath: '.github/hooks'},
		userStep: projectOnly('Copilot CLI loads a repository\'s hooks in -p mode only in a trusted folder: trust it when copilot asks, or pass --trust-folder (or set COPILOT_ALLOW_ALL=true)'),
	},
	{
		agent: 'cursor',
		folder: {project: '.cursor', user: (_env, home) => join(home, '.cursor')},
		bundle: {built: 'hooks/coograph-cursor.cjs', installed: 'hooks/coograph-cursor.cjs'},
		hooks: {
			file: 'hooks.json',
			format: CURSOR_STYLE,
			events: [{event: 'beforeShellExecution'}, {event: 'afterShellExecution'}],
			timeout: 10,
		},
		inUse: {commands: ['cursor', 'cursor-agent']},
		userStep: ({scope}) => scope.kind === 'project'
			? 'Cursor runs a project\'s hooks only in a trusted workspace; restart Cursor to load them'
			: 'restart Cursor to load the hooks',
	},
	{
		agent: 'shell',
		// The user's folder is no dot folder, so that the hook finds each command's project from its directory.
		folder: {project: '.coograph-shell', user: (env, home) => join(xdgConfigHome(env, home), 'coograph', 'shell')},
		bundle: {built: 'hooks/coograph-shell.cjs', installed: 'hooks/coograph-shell.cjs'},
		bashEnv: {built: 'hooks/coograph-bash-env.sh', installed: 'bash-env.sh'},
		userStep: ({scope}) => `start the agent from a shell where you ran: eval "$(${coographCommand('shell-env', scope)})"`,
	},
];
