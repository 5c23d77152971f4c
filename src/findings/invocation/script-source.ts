// Where a shell or an interpreter takes the code it runs from: an argument, standard input, or a file.

import {hasOption, optionValue, parseArguments} from '../arguments/parse-arguments.ts';
import {type InterpreterFamily, interpreterFamily, SHELLS} from '../programs.ts';
import type {Invocation} from './invocation.ts';

export type ScriptSource =
	| {from: 'argument'; code: string}
	| {from: 'stdin'}
	| {from: 'file'; path: string};

type Interpreter = {
	/** Options that take a value, among them those whose value is the code. */
	valued: string[];
	code: string[];
	/** Options after which the program runs something other than a script: a module, a REPL command. */
	other?: string[];
};

const INTERPRETERS: Record<InterpreterFamily, Interpreter> = {
	python: {valued: ['-c', '-m', '-W', '-X', '-Q'], code: ['-c'], other: ['-m', '-V', '--version', '-h', '--help']},
	perl: {valued: ['-e', '-E', '-I', '-M', '-m', '-x'], code: ['-e', '-E'], other: ['-v', '-V', '-c']},
	ruby: {valued: ['-e', '-r', '-I', '-C', '-E'], code: ['-e'], other: ['-v', '--version', '-c']},
	node: {valued: ['-e', '--eval', '-p', '--print', '-r', '--require', '--import', '--loader', '--experimental-loader', '-C', '--conditions'], code: ['-e', '--eval', '-p', '--print'], other: ['-v', '--version', '-h', '--help', '-c', '--check', '--test']},
	php: {valued: ['-r', '-f', '-c', '-d', '-z'], code: ['-r'], other: ['-v', '-m', '-i', '-l', '-S']},
	lua: {valued: ['-e', '-l'], code: ['-e'], other: ['-v']},
};

const SHELL_VALUED = ['-o', '-O', '--rcfile', '--init-file'];
const STDIN_PATHS = new Set(['-', '/dev/stdin', '/dev/fd/0', '/proc/self/fd/0']);

export function scriptSource(invocation: Invocation): ScriptSource | undefined {
	const {name, args} = invocation;
	if (SHELLS.has(name)) {
		const parsed = parseArguments(args, SHELL_VALUED, {stopAtOperand: true});
		if (hasOption(parsed, '-c')) {
			return {from: 'argument', code: parsed.operands[0] ?? ''};
		}

		return fromOperand(hasOption(parsed, '-s') ? undefined : parsed.operands[0]);
	}

	if (name === 'eval') {
		return {from: 'argument', code: args.join(' ')};
	}

	if (name === 'source' || name === '.') {
		return fromOperand(args[0] ?? '-');
	}

	const family = interpreterFamily(name);
	if (family === undefined) {
		return undefined;
	}

	const {valued, code, other = []} = INTERPRETERS[family];
	const parsed = parseArguments(args, valued, {stopAtOperand: true});
	const argumentCode = optionValue(parsed, ...code);
	if (argumentCode !== undefined) {
		return {from: 'argument', code: argumentCode};
	}

	return hasOption(parsed, ...other) ? undefined : fromOperand(optionValue(parsed, '-f') ?? parsed.operands[0]);
}

function fromOperand(operand: string | undefined): ScriptSource {
	return operand === undefined || STDIN_PATHS.has(operand) ? {from: 'stdin'} : {from: 'file', path: operand};
}

/** The code given as an argument to an interpreter other than a shell: `python3 -c CODE`, `perl -e CODE`. */
export function interpreterCode(invocation: Invocation): string | undefined {
	const source = interpreterFamily(invocation.name) === undefined ? undefined : scriptSource(invocation);
	return source?.from === 'argument' ? source.code : undefined;
}
