// `find [-H|-L|-P] PATH… EXPRESSION`: its own grammar, not getopt's.

import {programName} from '../invocation/program-name.ts';

const DELETING_PROGRAMS = new Set(['rm', 'unlink', 'shred', 'rmdir']);
const EXEC_ACTIONS = new Set(['-exec', '-execdir', '-ok', '-okdir']);

/** The paths find starts from: those before the first test, action or operator. */
export function findStartingPoints(args: readonly string[]): string[] {
	let index = 0;
	while (index < args.length && /^-(?:[HLPD]|O\d)$/.test(args[index]!)) {
		index += args[index] === '-D' ? 2 : 1;
	}

	const end = args.findIndex((argument, position) => position >= index && /^[-(!)]/.test(argument));
	return args.slice(index, end === -1 ? args.length : end);
}

/** Whether find deletes what it finds: `-delete`, or `-exec rm …`. */
export function findDeletes(args: readonly string[]): boolean {
	return args.some((argument, index) => argument === '-delete' || (EXEC_ACTIONS.has(argument) && DELETING_PROGRAMS.has(programName(args[index + 1]))));
}

/** The patterns of `-path`, `-ipath`, `-wholename`: where in the tree find acts. */
export function findPathPatterns(args: readonly string[]): string[] {
	return args.filter((_argument, index) => /^-i?(?:path|wholename)$/.test(args[index - 1] ?? ''));
}
