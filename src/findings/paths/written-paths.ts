// The paths a command writes, moves, truncates, deletes or changes the permissions of, resolved against its cwd.

import {hasOption, optionValue, parseArguments, type ParsedArguments} from '../arguments/parse-arguments.ts';
import {RSYNC_VALUED} from '../arguments/shared-options.ts';
import {findDeletes, findPathPatterns, findStartingPoints} from '../arguments/find-expression.ts';
import type {Invocation} from '../invocation/invocation.ts';
import {resolvePath} from './resolve-path.ts';

type Writer = {valued: string[]; written: (parsed: ParsedArguments) => string[]};

const WRITE_REDIRECTS = new Set(['>', '>>', '>|', '<>', '&>', '&>>']);
const DESCRIPTOR = /^(?:\d+|-)$/;
const SCRIPT_OPTIONS = ['-e', '-f', '--expression', '--file'];

const everyOperand = (parsed: ParsedArguments) => parsed.operands;
// `chmod MODE FILE…`: the first operand is the mode, unless `--reference` gives it.
const afterFirst = (parsed: ParsedArguments) => hasOption(parsed, '--reference') ? parsed.operands : parsed.operands.slice(1);
// `cp SOURCE… DEST`, or `cp -t DEST SOURCE…`.
const destination = (parsed: ParsedArguments) => {
	const target = optionValue(parsed, '-t', '--target-directory');
	return target === undefined ? parsed.operands.slice(-1).filter(() => parsed.operands.length > 1) : [target];
};

// `sed -i`, `perl -pi`: the files edited in place, after the script when no `-e` or `-f` gives it.
const inPlace = (parsed: ParsedArguments) => {
	if (!hasOption(parsed, '-i', '--in-place')) {
		return [];
	}

	return hasOption(parsed, ...SCRIPT_OPTIONS) ? parsed.operands : parsed.operands.slice(1);
};

const inPlaceWithCode = (parsed: ParsedArguments) => hasOption(parsed, '-i') ? parsed.operands : [];

const WRITERS: Record<string, Writer> = {
	rm: {valued: [], written: everyOperand},
	rmdir: {valued: [], written: everyOperand},
	unlink: {valued: [], written: everyOperand},
	shred: {valued: ['-n', '-s', '--iterations', '--size', '--random-source'], written: everyOperand},
	truncate: {valued: ['-s', '-r', '--size', '--reference'], written: everyOperand},
	touch: {valued: ['-d', '-t', '-r', '--date', '--reference'], written: everyOperand},
	tee: {valued: [], written: everyOperand},
	mv: {valued: ['-t', '-S', '--target-directory', '--suffix'], written: everyOperand},
	chattr: {valued: ['-v', '-p'], written: afterFirst},
	chmod: {valued: [], written: afterFirst},
	chown: {valued: ['--from'], written: afterFirst},
	chgrp: {valued: [], written: afterFirst},
	setfacl: {valued: ['-m', '-M', '-x', '-X', '--set', '--set-file', '--modify', '--modify-file', '--remove', '--remove-file'], written: everyOperand},
	cp: {valued: ['-t', '-S', '--target-directory', '--suffix'], written: destination},
	ln: {valued: ['-t', '-S', '--target-directory', '--suffix'], written: destination},
	install: {valued: ['-t', '-m', '-o', '-g', '-S', '--mode', '--owner', '--group', '--target-directory', '--suffix'], written: destination},
	rsync: {valued: RSYNC_VALUED, written: destination},
	scp: {valued: ['-P', '-i', '-o', '-F', '-c', '-l', '-S', '-J'], written: destination},
	sudoedit: {valued: ['-u', '-g'], written: everyOperand},
	sed: {valued: ['-e', '-f', '--expression', '--file', '-l', '--line-length'], written: inPlace},
	perl: {valued: ['-e', '-E', '-I', '-M'], written: inPlaceWithCode},
	ruby: {valued: ['-e', '-r', '-I'], written: inPlaceWithCode},
	dd: {valued: [], written: parsed => parsed.operands.filter(operand => operand.startsWith('of=')).map(operand => operand.slice(3))},
};

export function writtenPaths(invocation: Invocation): string[] {
	const paths = invocation.redirects
		.filter(({operator, target}) => WRITE_REDIRECTS.has(operator) || (operator === '>&' && !DESCRIPTOR.test(target)))
		.map(({target}) => target);
	const writer = WRITERS[invocation.name];
	if (invocation.name === 'find' && findDeletes(invocation.args)) {
		paths.push(...findStartingPoints(invocation.args), ...findPathPatterns(invocation.args));
	} else if (writer) {
		paths.push(...writer.written(parseArguments(invocation.args, writer.valued)));
	}

	return paths.map(path => resolvePath(path, invocation.cwd));
}
