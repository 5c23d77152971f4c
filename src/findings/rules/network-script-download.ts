// NETWORK_SCRIPT_DOWNLOAD: a download saved to a file that is a script (by its name or its URL's), or that the same
// command line runs, sources or makes executable. Piping a download straight into a shell is PIPE_TO_SHELL instead.

import {hasOption, optionValue, parseArguments} from '../arguments/parse-arguments.ts';
import type {CommandLine, Invocation} from '../invocation/invocation.ts';
import {scriptSource} from '../invocation/script-source.ts';
import {baseName} from '../paths/resolve-path.ts';
import {DOWNLOADERS} from '../programs.ts';
import type {Rule} from './rule.ts';

const SCRIPT_NAME = /\.(?:sh|bash|zsh|ksh|fish|command|py|pl|rb|ps1|psm1|bat|cmd|vbs)$/i;
const URL = /^(?:https?|ftp):\/\//i;
const TO_STDOUT = new Set(['-', '/dev/stdout', '/dev/null']);
const SAVING_REDIRECTS = new Set(['>', '>>', '>|', '&>']);
const EXECUTABLE_MODE = /x|^[0-7]*[1357][0-7]{0,2}$/;

type Downloader = {
	/** Enough of its valued options to tell its URLs and output file from option values. */
	valued: string[];
	output: string[];
	/** Whether it saves under the URL's file name unless told otherwise, or the options that make it. */
	savesUnderUrlName: boolean | string[];
};

const CURL: Downloader = {
	valued: ['-o', '--output', '-A', '-b', '-c', '-C', '-d', '-D', '-e', '-E', '-F', '-H', '-K', '-m', '-P', '-Q', '-r', '-t', '-T', '-u', '-U', '-w', '-x', '-X', '-y', '-Y', '-z', '--data', '--data-raw', '--data-binary', '--data-urlencode', '--header', '--user', '--user-agent', '--request', '--url', '--output-dir', '--connect-timeout', '--max-time', '--retry', '--proto', '--cacert', '--cert', '--key', '--config', '--cookie', '--cookie-jar', '--referer', '--form', '--write-out', '--proxy', '--range', '--limit-rate', '--resolve'],
	output: ['-o', '--output'],
	savesUnderUrlName: ['-O', '--remote-name', '--remote-name-all'],
};
const WGET: Downloader = {
	valued: ['-O', '-o', '-a', '-P', '-t', '-T', '-w', '-Q', '-U', '-e', '-i', '-B', '-l', '-A', '-R', '-D', '-X', '-I', '--output-document', '--output-file', '--directory-prefix', '--user-agent', '--header', '--tries', '--timeout', '--post-data', '--post-file', '--user', '--password'],
	output: ['-O', '--output-document'],
	savesUnderUrlName: true,
};
const HTTPIE: Downloader = {valued: ['-o', '--output', '-a', '--auth'], output: ['-o', '--output'], savesUnderUrlName: ['-d', '--download']};

const DOWNLOADER_OPTIONS: Record<string, Downloader> = {
	curl: CURL,
	wget: WGET,
	wget2: WGET,
	fetch: {valued: ['-o', '--output'], output: ['-o', '--output'], savesUnderUrlName: true},
	aria2c: {valued: ['-o', '--out', '-d', '--dir'], output: ['-o', '--out'], savesUnderUrlName: true},
	http: HTTPIE,
	https: HTTPIE,
	xh: HTTPIE,
	xhs: HTTPIE,
};

/** The names of the files a download is saved to; none when it goes to standard output. */
function savedFiles(invocation: Invocation): string[] {
	const downloader = DOWNLOADER_OPTIONS[invocation.name]!;
	const parsed = parseArguments(invocation.args, downloader.valued);
	if (hasOption(parsed, '--spider')) {
		return [];
	}
	const saved = invocation.redirects.filter(({operator}) => SAVING_REDIRECTS.has(operator)).map(({target}) => target);
	const output = optionValue(parsed, ...downloader.output);
	const {savesUnderUrlName} = downloader;
	if (output !== undefined) {
		saved.push(output);
	} else if (savesUnderUrlName === true || (savesUnderUrlName !== false && hasOption(parsed, ...savesUnderUrlName))) {
		const urls = [...parsed.operands, optionValue(parsed, '--url') ?? ''].filter(operand => URL.test(operand));
		saved.push(...urls.map(url => baseName(url.replace(/[?#].*$/, '')) || 'index.html'));
	}

	return saved.filter(file => !TO_STDOUT.has(file));
}

const executedNames = new WeakMap<CommandLine, Set<string>>();

/** The names of the files the line runs, sources or makes executable; gathered once per line. */
function namesExecuted(line: CommandLine): Set<string> {
	let names = executedNames.get(line);
	if (names === undefined) {
		names = new Set();
		for (const command of line.invocations) {
			names.add(command.name);
			const source = scriptSource(command);
			if (source?.from === 'file') {
				names.add(baseName(source.path));
			}

			const operands = command.name === 'chmod' ? parseArguments(command.args).operands : [];
			if (EXECUTABLE_MODE.test(operands[0] ?? '')) {
				for (const operand of operands.slice(1)) {
					names.add(baseName(operand));
				}
			}
		}

		executedNames.set(line, names);
	}

	return names;
}

export const NETWORK_SCRIPT_DOWNLOAD: Rule = {
	name: 'NETWORK_SCRIPT_DOWNLOAD',
	programs: DOWNLOADERS,
	test: (invocation, line) => savedFiles(invocation).some(file => SCRIPT_NAME.test(file) || namesExecuted(line).has(baseName(file))),
};
