import {isSecretName} from '../secret-name.ts';
import type {SecretRule, Span} from '../secret-rule.ts';
import {isReference, quoteAt, readValue} from '../shell-value.ts';

// Where a secret name may be, looked for in the lowercased command; isSecretName then judges the whole name around it.
// Searching for these words first, and with indexOf, not for every `NAME=` with a regular expression, keeps short
// commands cheap to start on and long ones fast.
const NAME_WORDS = ['secret', 'token', 'pass', 'credential', 'key'];
const LONGEST_NAME = 128;
// After the name: `NAME=value`, `--name=value`, and in heredoc files `name = "value"`.
const ASSIGNMENT = /[ \t]*=(?!=)[ \t]*/y;
// After the name: `"name": "value"`, also inside a shell string (`{\"name\":\"value\"}`).
const JSON_KEY_END = /(\\?["'])[ \t]*:[ \t]*/y;
// After the name: `Name: value` in a header argument or at the start of a line (YAML in a heredoc).
const COLON = /:[ \t]*/y;
// After an option name, `--name value`, or a setting's: `aws configure set aws_secret_access_key value`.
const OPTION_GAP = /[ \t]+/y;
// A value such as `id=npmrc,src=…` (docker build --secret) describes a secret; any name inside it is looked at on its own.
const KEY_VALUE_SPEC = /[a-z][\w-]*=/y;
// A file path given where a secret could be (`--from-file=token=./token.txt`), not the secret.
const PATH = /^(?:\.{1,2}|~)\/|^\/(?:etc|home|Users|tmp|var|run|opt|usr|srv|mnt|root|secrets|workspace)\//;
const SET_BEFORE = /(?:^|[\s:])set[ \t]+$/;
const HEADER_OPTION_BEFORE = /(?:^|\s)(?:-H|--header)(?:[ \t]+|=)?\\?["']?$/;

export const namedSecret: SecretRule = {
	name: 'named-secret',
	hints: NAME_WORDS,
	* find(command, lowercase) {
		let searchedUpTo = 0;
		for (const word of nameWords(lowercase, () => searchedUpTo)) {
			const nameStart = startOfName(command, word.start, searchedUpTo);
			const nameEnd = endOfName(command, word.end);
			searchedUpTo = nameEnd;
			const value = nameStart === undefined || nameEnd - nameStart > LONGEST_NAME
				? undefined
				: valueOfName(command, nameStart, nameEnd);
			if (value !== undefined) {
				yield value;
				searchedUpTo = value.end;
			}
		}
	},
};

/** Each place one of NAME_WORDS appears, in order, from where the search has got to after the previous one. */
function * nameWords(lowercase: string, searchFrom: () => number): Generator<Span> {
	const next = NAME_WORDS.map(word => lowercase.indexOf(word));
	for (;;) {
		let first = -1;
		for (const [index, start] of next.entries()) {
			if (start !== -1 && (first === -1 || start < next[first]!)) {
				first = index;
			}
		}

		if (first === -1) {
			return;
		}

		yield {start: next[first]!, end: next[first]! + NAME_WORDS[first]!.length};
		const from = searchFrom();
		for (const [index, start] of next.entries()) {
			if (start !== -1 && start < from) {
				next[index] = lowercase.indexOf(NAME_WORDS[index]!, from);
			}
		}
	}
}

function valueOfName(command: string, nameStart: number, nameEnd: number): Span | undefined {
	const before = command[nameStart - 1];
	// `$TOKEN` and `${TOKEN}` read the variable; they do not set it.
	if (before === '$' || before === '{' || !isSecretName(command.slice(nameStart, nameEnd))) {
		return undefined;
	}

	const valueStart = startOfValue(command, nameStart, nameEnd);
	if (valueStart === undefined) {
		return undefined;
	}

	const value = readValue(command, valueStart);
	const quoted = value.start > valueStart;
	const text = command.slice(value.start, Math.min(value.end, value.start + 64));
	if (value.end === value.start || isReference(text) || PATH.test(text) || (!quoted && isExpression(command, value))) {
		return undefined;
	}

	return value;
}

function startOfValue(command: string, nameStart: number, nameEnd: number): number | undefined {
	const assignment = matchAt(ASSIGNMENT, command, nameEnd);
	if (assignment !== undefined) {
		const valueStart = nameEnd + assignment[0].length;
		const quote = quoteAt(command, valueStart);
		// In `grep "password=" file` the quote after `=` closes the string the name is in.
		if (quote !== undefined && command.endsWith(quote, nameStart)) {
			return undefined;
		}

		// Spaced (`token = …`) or in an argument list (`Client(token=token)`), it is code, where only a string literal
		// is a secret: `token = os.environ["TOKEN"]` is not.
		const isCode = assignment[0].length > 1 || isInArgumentList(command, nameStart);
		return quote !== undefined || !isCode ? valueStart : undefined;
	}

	const jsonKeyEnd = matchAt(JSON_KEY_END, command, nameEnd);
	if (jsonKeyEnd !== undefined) {
		const quote = jsonKeyEnd[1]!;
		const valueStart = nameEnd + jsonKeyEnd[0].length;
		return command.endsWith(quote, nameStart) && quoteAt(command, valueStart) === quote ? valueStart : undefined;
	}

	const colon = matchAt(COLON, command, nameEnd);
	if (colon !== undefined) {
		const isHeader = HEADER_OPTION_BEFORE.test(command.slice(Math.max(0, nameStart - 16), nameStart));
		const isYamlKey = colon[0].length > 1 && isAtLineStart(command, nameStart);
		return isHeader || isYamlKey ? nameEnd + colon[0].length : undefined;
	}

	const isSetting = command[nameStart] === '-'
		|| SET_BEFORE.test(command.slice(Math.max(0, nameStart - 8), nameStart));
	const gap = isSetting ? matchAt(OPTION_GAP, command, nameEnd) : undefined;
	if (gap !== undefined) {
		const valueStart = nameEnd + gap[0].length;
		const isAnotherOption = command[valueStart] === '-';
		return isAnotherOption || matchAt(KEY_VALUE_SPEC, command, valueStart) !== undefined ? undefined : valueStart;
	}

	return undefined;
}

// An unquoted `os.environ[…]` or `os.getenv(…)`: code that fetches the secret.
function isExpression(command: string, value: Span): boolean {
	return command[value.end] === '(' || command.slice(value.start, value.end).includes('[');
}

// Right after `(`, or after `, ` as in `f(url, token=token)`; helm's `--set a=1,password=…` has no space.
function isInArgumentList(command: string, nameStart: number): boolean {
	if (command[nameStart - 1] === '(') {
		return true;
	}

	let index = nameStart - 1;
	while (index > 0 && (command[index] === ' ' || command[index] === '\t')) {
		index--;
	}

	return index < nameStart - 1 && command[index] === ',';
}

function matchAt(pattern: RegExp, command: string, index: number): RegExpExecArray | undefined {
	pattern.lastIndex = index;
	return pattern.exec(command) ?? undefined;
}

/** Where the name holding `index` starts, or undefined when it is longer than any real name. */
function startOfName(command: string, index: number, notBefore: number): number | undefined {
	const limit = Math.max(notBefore, index - LONGEST_NAME);
	let start = index;
	while (start > limit && isNameCharacter(command.charCodeAt(start - 1))) {
		start--;
	}

	return start === limit && start > notBefore && isNameCharacter(command.charCodeAt(start - 1)) ? undefined : start;
}

function endOfName(command: string, index: number): number {
	let end = index;
	while (end < command.length && isNameCharacter(command.charCodeAt(end))) {
		end++;
	}

	return end;
}

function isAtLineStart(command: string, index: number): boolean {
	let start = index;
	while (start > 0 && (command[start - 1] === ' ' || command[start - 1] === '\t')) {
		start--;
	}

	return start === 0 || command[start - 1] === '\n';
}

// [A-Za-z0-9_.-]
function isNameCharacter(code: number): boolean {
	return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
		|| code === 95 || code === 46 || code === 45;
}
