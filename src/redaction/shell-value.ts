import type {Span} from './secret-rule.ts';

// Characters that end an unquoted shell word (and a value in a URL query: `&`).
const WORD_END = new Set([' ', '\t', '\n', '\r', '"', '\'', '`', ';', '&', '|', '<', '>', '(', ')']);

/**
 * The value that starts at `start`: a shell word, quoted or not, or a JSON string escaped inside a shell string
 * (`\"…\"`). The span excludes the quotes, so they stay in the log. An unterminated quote runs to the end.
 */
export function readValue(command: string, start: number): Span {
	const first = command[start];
	if (first === '"') {
		return {start: start + 1, end: endOfDoubleQuoted(command, start + 1)};
	}

	if (first === '\'') {
		return {start: start + 1, end: endOrLength(command, command.indexOf('\'', start + 1))};
	}

	if (first === '\\' && (command[start + 1] === '"' || command[start + 1] === '\'')) {
		return {start: start + 2, end: endOrLength(command, command.indexOf(command.slice(start, start + 2), start + 2))};
	}

	return {start, end: endOfWord(command, start)};
}

// `$TOKEN`, `${TOKEN}`, `$(cat token)`, `` `cmd` ``, and placeholders: `{token}`, `{{ .Values.token }}`, `<token>`,
// `%s`, `%(token)s`, `%TOKEN%`.
const REFERENCE = /^(?:\$[\w{(@*#?!$]|[`{<]|%(?:[sd(]|[A-Za-z_]\w*%))/;

/** Whether a value names where the secret is rather than being it. Looks at the value's start only. */
export function isReference(value: string): boolean {
	return REFERENCE.test(value);
}

function endOfDoubleQuoted(command: string, from: number): number {
	let index = from;
	while (index < command.length && command[index] !== '"') {
		index += command[index] === '\\' ? 2 : 1;
	}

	return Math.min(index, command.length);
}

function endOfWord(command: string, from: number): number {
	let index = from;
	while (index < command.length && !WORD_END.has(command[index]!)) {
		index += command[index] === '\\' ? 2 : 1;
	}

	return Math.min(index, command.length);
}

function endOrLength(command: string, index: number): number {
	return index === -1 ? command.length : index;
}
