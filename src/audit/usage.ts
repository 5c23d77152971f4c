import {TIME_FORMS} from './time/parse-time-argument.ts';

export const USAGE = `Usage: coograph audit <query> [options]

Queries:
  session <id>         one session's commands in order, with exit codes and findings; <id> is a short
                       id, a full session id, or a unique prefix of either
  window <from> <to>   every command between two times, both included, to the second
  grep [<regex>]       commands matching a regular expression (JavaScript syntax, close to grep -E);
                       only the command is searched, not the time, agent or id before it; the regex
                       may be left out when --finding or --severity says what to look for
  xref <regex>         which sessions ran a matching command, most matches first
  sessions             one row per session, newest first: failures, blocked commands, findings by
                       severity (C H M L: critical, high, medium, low) and risk score
  summary <id>|--all   a session's risk, or every session's: commands, failed, blocked, the share of
                       commands with a finding of each severity, the findings, each high and critical
                       command with its time, exit code and findings
  verify               check the hash chain, the text logs against it and the anchor kept outside the
                       project; reports the first bad position per file (exit 0 intact, 1 tampered)

Options of grep and xref:
  -i, --ignore-case    match regardless of case
  --agent <name>       only this agent's commands (claude-code, codex-cli, opencode, …)
  --since <time>       only commands at or after this time
  --until <time>       only commands at or before this time
Options of grep only:
  --session <id>       only the sessions whose short or full id starts with <id>
  -c, --count          print only how many commands match
  --finding <name>     only commands with this finding (repeat it, or list: PIPE_TO_SHELL,DISK_WIPE)
  --severity <level>   only commands with a finding of this severity or above (low, medium, high,
                       critical); with --finding, commands must have both
Options of sessions:
  --sort <order>       newest (default), or risk: the highest risk score first

Options of every query:
  --dir <folder>       the project holding .coograph/ (default: the nearest folder, from here up, with one)
  --json               one JSON object per line
  --local              show times in local time (default: UTC)
  -h, --help           show this help

${TIME_FORMS}
Findings come from events.jsonl and follow each command: [PIPE_TO_SHELL high]. A session's risk score
adds up its findings: critical 100, high 50, medium 10, low 1.
A regex that starts with "-" goes after "--": coograph audit grep -- '-rf /'.
Exit status: 0 when something matched, 1 when nothing did, 2 on bad usage or an ambiguous session id.`;
