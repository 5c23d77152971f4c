// NETWORK_SCRIPT_DOWNLOAD: a download saved to a file that is a script (by its name or its URL's), or that the same
// command line then makes executable or runs. Piping a download straight into a shell is PIPE_TO_SHELL instead.

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

/** Whether a later command of the line runs the file, sources it, or makes it executable. */
function runsLater(file: string, line: CommandLine): boolean {
	const name = baseName(file);
	return line.invocations.some(command => {
		if (command.name === name) {
			return true;
		}

		const source = scriptSource(command);
		if (source?.from === 'file') {
			return baseName(source.path) === name;
		}

		const operands = command.name === 'chmod' ? parseArguments(command.args).operands : [];
		return EXECUTABLE_MODE.test(operands[0] ?? '') && operands.slice(1).some(operand => baseName(operand) === name);
	});
}

export const NETWORK_SCRIPT_DOWNLOAD: Rule = {
	name: 'NETWORK_SCRIPT_DOWNLOAD',
	test: (invocation, line) => DOWNLOADERS.has(invocation.name)
		&& savedFiles(invocation).some(file => SCRIPT_NAME.test(file) || runsLater(file, line)),
};
