// From the text of a command line to the commands it runs, nested scripts included, each linked to the commands
// that feed it through pipes and to the command that substitutes its output.

import {parseArguments} from '../arguments/parse-arguments.ts';
import {resolvePath} from '../paths/resolve-path.ts';
import {parseScript} from '../tokenize/parse-script.ts';
import type {SimpleCommand} from '../tokenize/simple-command.ts';
import type {CommandLine, Invocation} from './invocation.ts';
import {nestedScripts} from './nested-scripts.ts';
import {programName} from './program-name.ts';
import {unwrap} from './unwrap.ts';

// `bash -c "eval 'ssh host \"sh -c …\"'"` is four levels; deeper is left unread.
const MAX_NESTING = 6;

export function readCommandLine(command: string): CommandLine {
	const invocations: Invocation[] = [];
	collect(command, 0, undefined, invocations);
	return {invocations};
}

function collect(source: string, nesting: number, cwd: string | undefined, invocations: Invocation[]): void {
	const bySimpleCommand = new Map<SimpleCommand, Invocation>();
	let currentCwd = cwd;
	for (const command of parseScript(source)) {
		const {argv, elevated} = unwrap(command.words);
		const invocation: Invocation = {
			name: programName(argv[0]),
			args: argv.slice(1),
			redirects: command.redirects,
			elevated,
			cwd: currentCwd,
			upstream: [],
			enclosing: undefined,
			inFunction: command.inFunction,
			background: command.background,
		};
		bySimpleCommand.set(command, invocation);
		currentCwd = cwdAfter(invocation, currentCwd);
	}

	for (const [command, invocation] of bySimpleCommand) {
		invocation.upstream = command.upstream.map(upstream => bySimpleCommand.get(upstream)!);
		invocation.enclosing = command.enclosing && bySimpleCommand.get(command.enclosing);
		invocations.push(invocation);
		for (const nested of nesting < MAX_NESTING ? nestedScripts(invocation) : []) {
			collect(nested, nesting + 1, invocation.cwd, invocations);
		}
	}
}

function cwdAfter(invocation: Invocation, cwd: string | undefined): string | undefined {
	if (invocation.name !== 'cd' && invocation.name !== 'pushd') {
		return cwd;
	}

	const target = parseArguments(invocation.args).operands[0] ?? '~';
	return target === '-' ? undefined : resolvePath(target, cwd);
}
