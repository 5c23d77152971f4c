// Shell code hidden inside a command's arguments or input, which the shell will parse and run in its turn:
// `bash -c '…'`, `eval …`, a here-document fed to `sh`, `ssh host '…'`, `find … -exec … ;`.

import {parseArguments} from '../arguments/parse-arguments.ts';
import {SHELLS} from '../programs.ts';
import type {Invocation} from './invocation.ts';
import {scriptSource} from './script-source.ts';

const SSH_VALUED = ['-b', '-c', '-D', '-E', '-e', '-F', '-I', '-i', '-J', '-L', '-l', '-m', '-O', '-o', '-p', '-Q', '-R', '-S', '-W', '-w'];
const FIND_EXEC = new Set(['-exec', '-execdir', '-ok', '-okdir']);

export function nestedScripts(invocation: Invocation): string[] {
	if (invocation.name === 'ssh') {
		const remote = parseArguments(invocation.args, SSH_VALUED, {stopAtOperand: true}).operands.slice(1);
		return remote.length > 0 ? [remote.join(' ')] : [];
	}

	if (invocation.name === 'find') {
		return findExecCommands(invocation.args);
	}

	if (!SHELLS.has(invocation.name) && invocation.name !== 'eval') {
		return [];
	}

	const source = scriptSource(invocation);
	if (source?.from === 'argument') {
		return [source.code];
	}

	return source?.from === 'stdin'
		? invocation.redirects.filter(({operator}) => operator === '<<' || operator === '<<-' || operator === '<<<').map(({target}) => target)
		: [];
}

/** `find … -exec rm -rf {} +`: each command, quoted back into shell text. */
function findExecCommands(args: readonly string[]): string[] {
	const commands: string[] = [];
	for (let index = 0; index < args.length; index++) {
		if (!FIND_EXEC.has(args[index]!)) {
			continue;
		}

		const end = args.findIndex((argument, position) => position > index && (argument === ';' || argument === '+'));
		const words = args.slice(index + 1, end === -1 ? args.length : end);
		commands.push(words.map(word => `'${word.replaceAll('\'', String.raw`'\''`)}'`).join(' '));
		index = end === -1 ? args.length : end;
	}

	return commands;
}
