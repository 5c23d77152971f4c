# coograph's shell fallback, for agents without hooks. Installed by `coograph init --agent shell`; generated file, do
# not edit. With BASH_ENV naming this file (`eval "$(coograph shell-env)"` before starting the agent), every
# non-interactive bash the agent starts reads it, and a DEBUG trap hands each simple command, before it runs, to
# hooks/coograph-shell.cjs beside it, which logs it to the project's .coograph/.
#
# Best effort, by design: one record per simple command, as bash renders it before expansion; shells that ignore
# BASH_ENV (`sh`, `env -i`, a reset environment) log nothing, and so does a bash that takes itself for a remote shell
# (stdin a socket and SHLVL below 2: start the agent from a shell); commands inside functions and subshells are not
# seen. Each logged command starts node once, so the cost is node's start-up time per simple command.

# Only the shell the agent starts logs: one started by a shell (a script run by a logged command, a nested bash -c)
# stays quiet, so a build script is logged as the command that ran it, not line by line.
__coograph_parent=
read -r __coograph_parent 2>/dev/null <"/proc/$PPID/comm"
case $__coograph_parent in
	bash | sh | dash | zsh | ksh | mksh | fish)
		unset __coograph_parent
		return 0
		;;
esac

__coograph_node=$(command -v node)
if [[ -z $__coograph_node ]]; then
	unset __coograph_parent __coograph_node
	return 0
fi

__coograph_hook=${BASH_SOURCE[0]%/*}/hooks/coograph-shell.cjs
[[ $__coograph_hook == /* ]] || __coograph_hook=$PWD/$__coograph_hook

# The session is the agent's process: its pid and start time (field 22 of /proc/<pid>/stat, counted after the name's
# last ')' as the name may hold spaces), under this boot's id. Without /proc, the pid alone.
__coograph_session=$PPID
if read -r __coograph_parent 2>/dev/null <"/proc/$PPID/stat"; then
	__coograph_parent=(${__coograph_parent##*) })
	__coograph_session+=-${__coograph_parent[19]}
fi
if read -r __coograph_parent 2>/dev/null </proc/sys/kernel/random/boot_id; then
	__coograph_session=${__coograph_parent:0:8}-$__coograph_session
fi
unset __coograph_parent

# $1 as the inside of a JSON string, into the caller's __coograph_json.
__coograph_escape() {
	local text=${1//\\/\\\\} code hex character
	text=${text//\"/\\\"}
	text=${text//$'\n'/\\n}
	text=${text//$'\t'/\\t}
	text=${text//$'\r'/\\r}
	if [[ $text == *[[:cntrl:]]* ]]; then
		for ((code = 1; code < 32; code++)); do
			printf -v hex '%02x' "$code"
			printf -v character "\\x$hex"
			text=${text//"$character"/\\u00$hex}
		done
	fi
	__coograph_json=$text
}

# Its argument is the trap's $_, so that $_ is the same after the trap as before it. bash keeps $? and PIPESTATUS
# across a trap on its own, and does not run the DEBUG trap again inside it.
__coograph_log() {
	local __coograph_json command
	__coograph_escape "$BASH_COMMAND"
	command=$__coograph_json
	__coograph_escape "$PWD"
	"$__coograph_node" "$__coograph_hook" <<<"{\"command\":\"$command\",\"cwd\":\"$__coograph_json\",\"session_id\":\"$__coograph_session\"}" >/dev/null 2>&1 || :
}

# The group's stderr goes nowhere, so that `set -x` does not trace the trap's own commands.
trap '{ __coograph_log "$_"; } 2>/dev/null' DEBUG
