// DANGEROUS_DELETE_ROOT, DANGEROUS_DELETE_HOME: a recursive delete of `/`, a system directory or a home directory,
// or of all their content.

import {findDeletes, findStartingPoints} from '../arguments/find-expression.ts';
import {hasOption, parseArguments} from '../arguments/parse-arguments.ts';
import {RSYNC_VALUED} from '../arguments/shared-options.ts';
import type {Invocation} from '../invocation/invocation.ts';
import {isHomeDirectory, isRootLevel} from '../paths/path-kinds.ts';
import {resolvePath} from '../paths/resolve-path.ts';
import type {Rule} from './rule.ts';

/** What the command deletes recursively: `rm -r` targets, `find … -delete` starting points, `rsync --delete` destinations. */
function recursivelyDeleted(invocation: Invocation): string[] {
	const {name, args} = invocation;
	let targets: string[] = [];
	if (name === 'rm') {
		const parsed = parseArguments(args);
		targets = hasOption(parsed, '-r', '-R', '--recursive') ? parsed.operands : [];
	} else if (name === 'find' && findDeletes(args)) {
		targets = findStartingPoints(args);
	} else if (name === 'rsync') {
		const parsed = parseArguments(args, RSYNC_VALUED);
		targets = parsed.options.some(option => option.name.startsWith('--del')) ? parsed.operands.slice(-1) : [];
	}

	return targets.map(target => resolvePath(target, invocation.cwd));
}

const DELETERS = new Set(['rm', 'find', 'rsync']);

export const DANGEROUS_DELETE_ROOT: Rule = {
	name: 'DANGEROUS_DELETE_ROOT',
	programs: DELETERS,
	test: invocation => recursivelyDeleted(invocation).some(path => isRootLevel(path)),
};

export const DANGEROUS_DELETE_HOME: Rule = {
	name: 'DANGEROUS_DELETE_HOME',
	programs: DELETERS,
	test: invocation => recursivelyDeleted(invocation).some(path => isHomeDirectory(path)),
};
