const OPTIONS = `Options:
  --agent <names>    only these agents: claude-code, codex-cli, opencode (comma list, or repeat the option)
  --user             the user's own agent folders (~/.claude, $CODEX_HOME or ~/.codex, ~/.config/opencode)
                     instead of the project's; logs still go to each project's .coograph/
  --no-codex-trust   leave Codex's hook approvals alone
  -h, --help         show this help`;

export const HELP = {
	init: `Usage: coograph init [dir] [options]

Installs coograph's hooks into the project in dir (default: the current directory): copies the bundles into
.claude/hooks/, .codex/hooks/ and .opencode/plugins/, adds coograph's entries to .claude/settings.json and
.codex/hooks.json, and adds .coograph/ to .gitignore. When codex is on PATH, approves exactly these hooks in
Codex (through codex app-server). Running it again changes nothing.

${OPTIONS}`,
	uninstall: `Usage: coograph uninstall [dir] [options]

Removes exactly what init added: coograph's bundles, its hook entries (and the lists and files only they filled),
and Codex's approvals of its hooks. Keeps the logs in .coograph/ and every other setting.

${OPTIONS}`,
	doctor: `Usage: coograph doctor [dir] [options]

Checks, per installed agent (or each --agent), that coograph is installed, up to date with this version, trusted
by Codex, and that the log folder is writable. Exit code 1 when anything is wrong.

${OPTIONS}`,
} as const;
