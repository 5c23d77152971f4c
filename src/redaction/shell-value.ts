import type {Span} from './secret-rule.ts';

// Characters that end an unquoted shell word (and a value in a URL query: `&`).
const WORD_END = new Set([' ', '\t', '\n', '\r', '"', '\'', '`', ';', '&', '|', '<', '>', '(', ')']);

/** The quote a value starting at `index` opens: `"`, `'`, or `\"`, `\'` for a string inside a shell string. */
export function quoteAt(command: string, index: number): string | undefined {
	const first = command[index];
	if (first === '"' || first === '\'') {
		return first;
	}

	const second = command[index + 1];
	return first === '\\' && (second === '"' || second === '\'') ? first + second : undefined;
}

/**
 * The value that starts at `start`: a shell word, quoted or not, or a JSON string escaped inside a shell string
 * (`\"…\"`). The span excludes the quotes, so they stay in the log. An unterminated quote runs to the end.
 */
export function readValue(command: string, start: number): Span {
	const quote = quoteAt(command, start);
	if (quote === undefined) {
		return {start, end: endOfWord(command, start)};
	}

	const valueStart = start + quote.length;
	const end = quote === '"' ? endOfDoubleQuoted(command, valueStart) : command.indexOf(quote, valueStart);
	return {start: valueStart, end: end === -1 ? command.length : end};
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
