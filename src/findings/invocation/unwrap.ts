// Programs that run another command given as their arguments (`sudo rm …`, `env X=1 rm …`, `xargs rm`): the command
// that really runs is the one the findings are about.

import {hasOption, optionValue, parseArguments} from '../arguments/parse-arguments.ts';
import {programName} from './program-name.ts';

export type Unwrapped = {
	argv: readonly string[];
	/** Run through sudo, doas, su, pkexec or run0. */
	elevated: boolean;
};

type Wrapper = {
	valued: string[];
	elevates?: true;
	/** Options may follow operands (`su - root -c …`), so the command is never the first operand. */
	optionsAnywhere?: true;
	/** The wrapped command, from the arguments after the wrapper's options; undefined when it wraps none. */
	wrapped?: (operands: string[], options: ReturnType<typeof parseArguments>) => string[] | undefined;
};

const ASSIGNMENT = /^[A-Za-z_]\w*=/;
// Cannot be reached by any real command; bounds the work on `sudo sudo sudo …`.
const MAX_WRAPPERS = 16;

const withoutAssignments = (operands: string[]) => operands.slice(Math.max(0, operands.findIndex(operand => !ASSIGNMENT.test(operand))));
const afterFirst = (operands: string[]) => operands.slice(1);
const throughShell = (script: string) => ['sh', '-c', script];

const WRAPPERS: Record<string, Wrapper> = {
	sudo: {
		valued: ['-C', '-D', '-g', '-h', '-p', '-R', '-r', '-T', '-t', '-U', '-u', '--chdir', '--close-from', '--group', '--host', '--prompt', '--chroot', '--role', '--type', '--command-timeout', '--other-user', '--user'],
		elevates: true,
		wrapped: (operands, parsed) => hasOption(parsed, '-e', '--edit') ? ['sudoedit', ...operands] : withoutAssignments(operands),
	},
	doas: {valued: ['-u', '-C'], elevates: true},
	pkexec: {valued: ['--user'], elevates: true},
	run0: {valued: ['-u', '-g', '-D', '--user', '--group', '--chdir', '--setenv', '--description', '--slice', '--property', '--unit', '--nice', '--machine'], elevates: true},
	su: {
		valued: ['-c', '--command', '--session-command', '-s', '--shell', '-g', '--group', '-G', '--supp-group', '-w', '--whitelist-environment'],
		elevates: true,
		optionsAnywhere: true,
		wrapped(_operands, parsed) {
			const script = optionValue(parsed, '-c', '--command', '--session-command');
			return script === undefined ? [] : throughShell(script);
		},
	},
	env: {
		valued: ['-u', '--unset', '-C', '--chdir', '-S', '--split-string'],
		wrapped(operands, parsed) {
			const split = optionValue(parsed, '-S', '--split-string');
			return [...(split === undefined ? [] : split.split(/\s+/)), ...withoutAssignments(operands)];
		},
	},
	nohup: {valued: []},
	npx: {valued: ['-p', '--package', '-c', '--call']},
	bunx: {valued: ['-p', '--package']},
	setsid: {valued: []},
	chronic: {valued: []},
	unbuffer: {valued: []},
	builtin: {valued: []},
	busybox: {valued: []},
	caffeinate: {valued: ['-t', '-w']},
	time: {valued: ['-f', '--format', '-o', '--output']},
	exec: {valued: ['-a']},
	nice: {valued: ['-n', '--adjustment']},
	stdbuf: {valued: ['-i', '-o', '-e', '--input', '--output', '--error']},
	command: {valued: [], wrapped: (operands, parsed) => hasOption(parsed, '-v', '-V') ? undefined : operands},
	ionice: {valued: ['-c', '-n', '--class', '--classdata'], wrapped: (operands, parsed) => hasOption(parsed, '-p', '-P', '-u', '--pid', '--pgid', '--uid') ? undefined : operands},
	timeout: {valued: ['-k', '-s', '--kill-after', '--signal'], wrapped: afterFirst},
	flock: {
		valued: ['-w', '--timeout', '-E', '--conflict-exit-code', '-c', '--command'],
		// `flock [options] FILE -c COMMAND`: the command option may follow the lock file.
		wrapped(operands, parsed) {
			const script = optionValue(parsed, '-c', '--command') ?? (/^(?:-c|--command)$/.test(operands[1] ?? '') ? operands[2] : undefined);
			return script === undefined ? afterFirst(operands) : throughShell(script);
		},
	},
	watch: {
		valued: ['-n', '--interval', '-q', '--equexit'],
		wrapped: (operands, parsed) => hasOption(parsed, '-x', '--exec') ? operands : throughShell(operands.join(' ')),
	},
	xargs: {
		valued: ['-a', '-d', '-E', '-I', '-L', '-n', '-P', '-s', '--arg-file', '--delimiter', '--max-lines', '--max-args', '--max-procs', '--max-chars', '--process-slot-var'],
		wrapped: operands => operands.length > 0 ? operands : ['echo'],
	},
};

export function unwrap(words: readonly string[]): Unwrapped {
	let argv = words;
	let elevated = false;
	for (let depth = 0; depth < MAX_WRAPPERS; depth++) {
		const wrapper = WRAPPERS[programName(argv[0])];
		if (wrapper === undefined) {
			break;
		}

		elevated ||= wrapper.elevates === true;
		const parsed = parseArguments(argv.slice(1), wrapper.valued, {stopAtOperand: wrapper.optionsAnywhere !== true});
		const wrapped = wrapper.wrapped ? wrapper.wrapped(parsed.operands, parsed) : parsed.operands;
		if (wrapped === undefined || wrapped.length === 0) {
			break;
		}

		argv = wrapped;
	}

	return {argv, elevated};
}
