// The files whose content a command reads and shows, copies or sends, resolved against its cwd.

import {hasOption, parseArguments, type ParsedArguments} from '../arguments/parse-arguments.ts';
import type {Invocation} from '../invocation/invocation.ts';
import {resolvePath} from './resolve-path.ts';

type Reader = {valued: string[]; read: (parsed: ParsedArguments) => string[]};

const everyOperand = (parsed: ParsedArguments) => parsed.operands;
// `grep PATTERN FILE…`, `awk PROGRAM FILE…`, `jq FILTER FILE…`: the first operand is not a file unless an option
// gives the pattern or program.
const afterProgram = (programOptions: string[]) => (parsed: ParsedArguments) =>
	hasOption(parsed, ...programOptions) ? parsed.operands : parsed.operands.slice(1);
// `cp SOURCE… DEST`, or `cp -t DEST SOURCE…`.
const sources = (parsed: ParsedArguments) => hasOption(parsed, '-t', '--target-directory') ? parsed.operands : parsed.operands.slice(0, -1);

const showing: Reader = {valued: [], read: everyOperand};
const headOrTail: Reader = {valued: ['-n', '-c', '--lines', '--bytes'], read: everyOperand};
const grep: Reader = {valued: ['-e', '-f', '--regexp', '--file', '-m', '-A', '-B', '-C', '--max-count', '--include', '--exclude', '-g', '--glob', '-t', '--type'], read: afterProgram(['-e', '-f', '--regexp', '--file'])};
const copying: Reader = {valued: ['-t', '-S', '--target-directory', '--suffix', '-e', '--rsh', '-P', '-i', '-o', '-F'], read: sources};

const READERS: Record<string, Reader> = {
	cat: showing, tac: showing, head: headOrTail, tail: headOrTail, less: showing, more: showing, bat: showing, batcat: showing,
	nl: showing, strings: showing, xxd: showing, hexdump: showing, od: showing, base64: showing, base32: showing,
	cut: {valued: ['-d', '-f', '-c', '-b', '--delimiter', '--fields'], read: everyOperand},
	sort: showing, uniq: showing, diff: showing, sdiff: showing, comm: showing, paste: showing, column: showing,
	fold: showing, rev: showing, iconv: {valued: ['-f', '-t'], read: everyOperand},
	grep, egrep: grep, fgrep: grep, zgrep: grep, rg: grep, ag: grep, ack: grep,
	awk: {valued: ['-f', '-F', '-v'], read: afterProgram(['-f'])},
	gawk: {valued: ['-f', '-F', '-v'], read: afterProgram(['-f'])},
	sed: {valued: ['-e', '-f', '--expression', '--file'], read: parsed => hasOption(parsed, '-i', '--in-place') ? [] : afterProgram(['-e', '-f', '--expression', '--file'])(parsed)},
	jq: {valued: ['-f', '--from-file', '--arg', '--argjson', '--slurpfile', '--rawfile'], read: afterProgram(['-f', '--from-file'])},
	source: {valued: [], read: parsed => parsed.operands.slice(0, 1)},
	'.': {valued: [], read: parsed => parsed.operands.slice(0, 1)},
	cp: copying, scp: copying, rsync: copying,
};

// `curl -d @.env`, `curl -F file=@.env`, `curl -T .env`, `http POST url @.env`: files sent over the network.
const UPLOADED = /^(?:[\w.[\]-]*=)?@([^;]+)/;

export function readPaths(invocation: Invocation): string[] {
	const paths = invocation.redirects.filter(({operator}) => operator === '<' || operator === '<>').map(({target}) => target);
	const reader = READERS[invocation.name];
	if (reader) {
		paths.push(...reader.read(parseArguments(invocation.args, reader.valued)));
	}

	if (invocation.name === 'curl' || invocation.name === 'http' || invocation.name === 'xh' || invocation.name === 'wget') {
		paths.push(...uploadedFiles(invocation.args));
	}

	return paths.map(path => resolvePath(path, invocation.cwd));
}

function uploadedFiles(args: readonly string[]): string[] {
	return args.flatMap((argument, index) => {
		if (/^(?:-T|--upload-file)$/.test(args[index - 1] ?? '')) {
			return [argument];
		}

		const file = UPLOADED.exec(argument)?.[1] ?? /^--(?:post|body)-file=(.+)/.exec(argument)?.[1];
		return file === undefined ? [] : [file];
	});
}
