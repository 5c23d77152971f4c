const OPTIONS = `Options:
  --agent <names>    these agents: claude-code, codex-cli, opencode, gemini-cli, qwen-code, copilot-cli, cursor,
                     shell, or all (comma list, or repeat the option)
  --user             the user's own agent folders (~/.claude, $CODEX_HOME or ~/.codex, ~/.config/opencode,
                     ~/.gemini, ~/.qwen, $COPILOT_HOME or ~/.copilot, ~/.cursor, ~/.config/coograph/shell)
                     instead of the project's; logs still go to each project's .coograph/
  --no-codex-trust   leave Codex's hook approvals alone
  -h, --help         show this help`;

export const HELP = {
	init: `Usage: coograph init [dir] [options]

Installs coograph's hooks into the project in dir (default: the current directory) for the agents it finds in use
(their folder in the project or in your home, or their command on PATH), or those named by --agent: copies each
bundle into the agent's folder (.claude/, .codex/, .opencode/, .gemini/, .qwen/, .github/hooks/, .cursor/),
adds coograph's entries to its settings, and adds .coograph/ to .gitignore. When codex is on PATH, approves exactly
these hooks in Codex (through codex app-server). Says what you must still do yourself (trust a folder in Gemini CLI
or Copilot CLI, restart Cursor). Running it again changes nothing.

--agent shell (never found on its own) installs the shell fallback, for agents without hooks: see shell-env.

${OPTIONS}`,
	uninstall: `Usage: coograph uninstall [dir] [options]

Removes exactly what init added: coograph's bundles, its hook entries (and the lists and files only they filled),
and Codex's approvals of its hooks. Keeps the logs in .coograph/ and every other setting.

${OPTIONS}`,
	doctor: `Usage: coograph doctor [dir] [options]

Checks, per installed agent (or each --agent), that coograph is installed, up to date with this version, trusted
by Codex, and that the log folder is writable; reminds you of what only you can do (folder trust). Exit code 1 when
anything is wrong.

${OPTIONS}`,
	'shell-env': `Usage: coograph shell-env [dir] [--user]

Prints one line, export BASH_ENV=<path>, naming the shell fallback's script that coograph init --agent shell
installed in the project in dir (or, with --user, for every project). Run eval "$(coograph shell-env)" in the
shell that starts an agent without hooks: every command that a non-interactive bash started by the agent runs is
then logged, before it runs. Best effort: per simple command; sh, env -i and shells started by those commands are
not followed.`,
} as const;
