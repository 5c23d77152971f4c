// From the text of a command line to the commands it runs, nested scripts included, each linked to the commands
// that feed it through pipes and to the command that substitutes its output.

import {parseArguments} from '../arguments/parse-arguments.ts';
import {resolvePath} from '../paths/resolve-path.ts';
import type {Feed} from '../tokenize/feed.ts';
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
			upstream: undefined,
			enclosing: undefined,
			inFunction: command.inFunction,
			background: command.background,
		};
		bySimpleCommand.set(command, invocation);
		currentCwd = cwdAfter(invocation, currentCwd);
	}

	const feeds = new Map<Feed<SimpleCommand>, Feed<Invocation>>();
	for (const [command, invocation] of bySimpleCommand) {
		invocation.upstream = invocationFeed(command.upstream, feeds, bySimpleCommand);
		invocation.enclosing = command.enclosing && bySimpleCommand.get(command.enclosing);
		invocations.push(invocation);
		for (const nested of nesting < MAX_NESTING ? nestedScripts(invocation) : []) {
			collect(nested, nesting + 1, invocation.cwd, invocations);
		}
	}
}

/** The same chain over invocations, each node made once and shared, walked without recursion: it can be long. */
function invocationFeed(feed: Feed<SimpleCommand> | undefined, feeds: Map<Feed<SimpleCommand>, Feed<Invocation>>, bySimpleCommand: Map<SimpleCommand, Invocation>): Feed<Invocation> | undefined {
	const unmapped: Array<Feed<SimpleCommand>> = [];
	let node = feed;
	while (node !== undefined && !feeds.has(node)) {
		unmapped.push(node);
		node = node.from;
	}

	let mapped = node && feeds.get(node);
	for (const pending of unmapped.reverse()) {
		mapped = {commands: pending.commands.map(command => bySimpleCommand.get(command)!), from: mapped};
		feeds.set(pending, mapped);
	}

	return mapped;
}

function cwdAfter(invocation: Invocation, cwd: string | undefined): string | undefined {
	if (invocation.name !== 'cd' && invocation.name !== 'pushd') {
		return cwd;
	}

	const target = parseArguments(invocation.args).operands[0] ?? '~';
	return target === '-' ? undefined : resolvePath(target, cwd);
}
