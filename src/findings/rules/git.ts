// DESTRUCTIVE_GIT: history rewritten or dropped, here or on a remote, or uncommitted work thrown away.
// `push` that forces (`--force-with-lease` too: it still drops the remote's commits, only not unseen ones), mirrors,
// prunes or deletes remote refs; `reset --hard`; `clean -f`; `filter-branch`, `filter-repo`; `branch -D`;
// `stash drop|clear`; `reflog expire|delete`; `gc --prune=now`; `checkout`/`restore` of the whole tree, `checkout -f`,
// `switch -f`; `update-ref -d`. Dry runs are not.
// GIT_PUSH: any `git push` but a dry run.

import {hasOption, optionValue, parseArguments, type ParsedArguments} from '../arguments/parse-arguments.ts';
import type {Invocation} from '../invocation/invocation.ts';
import type {Rule} from './rule.ts';

const GLOBAL_VALUED = ['-C', '-c', '--git-dir', '--work-tree', '--namespace', '--exec-path', '--config-env'];
const WHOLE_TREE = new Set(['.', ':/', '*', ':(top)', './']);

type GitCommand = {verb: string; parsed: ParsedArguments};

export function gitCommand(invocation: Invocation, valued: string[] = []): GitCommand | undefined {
	if (invocation.name !== 'git') {
		return undefined;
	}

	const global = parseArguments(invocation.args, GLOBAL_VALUED, {stopAtOperand: true});
	const [verb = '', ...rest] = global.operands;
	return {verb, parsed: parseArguments(rest, valued)};
}

const PUSH_VALUED = ['-o', '--push-option', '--repo', '--receive-pack', '--exec'];

function isDryRun(parsed: ParsedArguments): boolean {
	return hasOption(parsed, '-n', '--dry-run');
}

function rewritesRemote(parsed: ParsedArguments): boolean {
	return hasOption(parsed, '-f', '--force', '--force-with-lease', '--force-if-includes', '--mirror', '--prune', '-d', '--delete')
		|| parsed.operands.slice(1).some(refspec => refspec.startsWith('+') || refspec.startsWith(':'));
}

const DESTROYS: Record<string, (parsed: ParsedArguments) => boolean> = {
	push: parsed => rewritesRemote(parsed),
	reset: parsed => hasOption(parsed, '--hard'),
	clean: parsed => hasOption(parsed, '-f', '--force'),
	'filter-branch': () => true,
	'filter-repo': () => true,
	branch: parsed => hasOption(parsed, '-D') || (hasOption(parsed, '-d', '--delete') && hasOption(parsed, '-f', '--force')),
	stash: parsed => parsed.operands[0] === 'drop' || parsed.operands[0] === 'clear',
	reflog: parsed => parsed.operands[0] === 'expire' || parsed.operands[0] === 'delete',
	gc: parsed => /^(?:now|all)$/.test(optionValue(parsed, '--prune') ?? ''),
	checkout: parsed => hasOption(parsed, '-f', '--force') || parsed.operands.some(operand => WHOLE_TREE.has(operand)),
	restore: parsed => (!hasOption(parsed, '-S', '--staged') || hasOption(parsed, '-W', '--worktree')) && parsed.operands.some(operand => WHOLE_TREE.has(operand)),
	switch: parsed => hasOption(parsed, '-f', '--force', '--discard-changes'),
	'update-ref': parsed => hasOption(parsed, '-d'),
};

const GIT = new Set(['git']);

export const DESTRUCTIVE_GIT: Rule = {
	name: 'DESTRUCTIVE_GIT',
	programs: GIT,
	test(invocation) {
		const git = gitCommand(invocation, PUSH_VALUED);
		return git !== undefined && !isDryRun(git.parsed) && (DESTROYS[git.verb]?.(git.parsed) ?? false);
	},
};

export const GIT_PUSH: Rule = {
	name: 'GIT_PUSH',
	programs: GIT,
	test(invocation) {
		const git = gitCommand(invocation, PUSH_VALUED);
		return git?.verb === 'push' && !isDryRun(git.parsed);
	},
};
