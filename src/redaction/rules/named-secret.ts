import {isSecretName} from '../secret-name.ts';
import type {SecretRule, Span} from '../secret-rule.ts';
import {isReference, readValue} from '../shell-value.ts';

// Finds where a secret name may be; isSecretName then judges the whole name. Searching for these words first, not
// for every `NAME=`, keeps long commands fast.
const CANDIDATE = /secret|token|pass|credential|(?:api|access|private)[_.-]?key/gi;
const LONGEST_NAME = 128;
// After the name: `NAME=value`, `--name=value`, and in heredoc files `name = "value"`.
const ASSIGNMENT = /[ \t]*=(?!=)[ \t]*/y;
// After the name: `"name": "value"`, also inside a shell string (`{\"name\":\"value\"}`).
const JSON_KEY_END = /(\\?["'])[ \t]*:[ \t]*/y;
// After the name: `Name: value` in a header argument or at the start of a line (YAML in a heredoc).
const COLON = /:[ \t]*/y;
// After an option name: `--name value`.
const OPTION_GAP = /[ \t]+/y;
// A value such as `id=npmrc,src=…` (docker build --secret) describes a secret; any name inside it is looked at on its own.
const KEY_VALUE_SPEC = /[a-z][\w-]*=/y;
const HEADER_OPTION_BEFORE = /(?:^|\s)(?:-H|--header)(?:[ \t]+|=)?\\?["']?$/;

export const namedSecret: SecretRule = {
	name: 'named-secret',
	* find(command) {
		CANDIDATE.lastIndex = 0;
		let searchedUpTo = 0;
		for (let match = CANDIDATE.exec(command); match !== null; match = CANDIDATE.exec(command)) {
			const nameStart = startOfName(command, match.index, searchedUpTo);
			const nameEnd = endOfName(command, match.index + match[0].length);
			searchedUpTo = nameEnd;
			const value = nameStart === undefined || nameEnd - nameStart > LONGEST_NAME
				? undefined
				: valueOfName(command, nameStart, nameEnd);
			if (value !== undefined) {
				yield value;
				searchedUpTo = value.end;
			}

			CANDIDATE.lastIndex = searchedUpTo;
		}
	},
};

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
	return value.end > value.start && !isReference(command.slice(value.start, value.start + 2)) ? value : undefined;
}

function startOfValue(command: string, nameStart: number, nameEnd: number): number | undefined {
	const assignment = matchAt(ASSIGNMENT, command, nameEnd);
	if (assignment !== undefined) {
		const valueStart = nameEnd + assignment[0].length;
		const quote = command[valueStart];
		const spaced = assignment[0].length > 1;
		// In `grep "password=" file` the quote after `=` closes the string the name is in.
		if (quote === command[nameStart - 1] && (quote === '"' || quote === '\'')) {
			return undefined;
		}

		return !spaced || quote === '"' || quote === '\'' || isAtLineStart(command, nameStart) ? valueStart : undefined;
	}

	const jsonKeyEnd = matchAt(JSON_KEY_END, command, nameEnd);
	if (jsonKeyEnd !== undefined) {
		const quote = jsonKeyEnd[1]!;
		const valueStart = nameEnd + jsonKeyEnd[0].length;
		return command.endsWith(quote, nameStart) && command.startsWith(quote, valueStart) ? valueStart : undefined;
	}

	const colon = matchAt(COLON, command, nameEnd);
	if (colon !== undefined) {
		const isHeader = HEADER_OPTION_BEFORE.test(command.slice(Math.max(0, nameStart - 16), nameStart));
		const isYamlKey = colon[0].length > 1 && isAtLineStart(command, nameStart);
		return isHeader || isYamlKey ? nameEnd + colon[0].length : undefined;
	}

	const gap = command[nameStart] === '-' ? matchAt(OPTION_GAP, command, nameEnd) : undefined;
	if (gap !== undefined) {
		const valueStart = nameEnd + gap[0].length;
		return command[valueStart] === '-' || matchAt(KEY_VALUE_SPEC, command, valueStart) !== undefined ? undefined : valueStart;
	}

	return undefined;
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
	return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 46 || code === 45;
}
