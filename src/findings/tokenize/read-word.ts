// One shell word: quotes removed as the shell removes them, expansions kept as written, substitutions parsed.

import {type Cursor, METACHARACTERS, skipBalanced} from './cursor.ts';
import type {SimpleCommand} from './simple-command.ts';

const ANSI_C_ESCAPES: Record<string, string> = {n: '\n', t: '\t', r: '\r', a: '\u0007', b: '\b', e: '\u001B', E: '\u001B', f: '\f', v: '\v', '\\': '\\', '\'': '\'', '"': '"', '?': '?'};

// `@(a|b)`, `!(x)`: extended globs, whose parentheses belong to the word.
const EXTGLOB_PREFIXES = new Set(['@', '!', '*', '+', '?']);

export function readWord(cursor: Cursor, enclosing: SimpleCommand | undefined): string {
	const {source} = cursor;
	let value = '';
	while (cursor.index < source.length) {
		const character = source[cursor.index];
		if (character === '(' && EXTGLOB_PREFIXES.has(source[cursor.index - 1]!) && value !== '') {
			value += readRaw(cursor, () => skipBalanced(cursor, '(', ')'));
		} else if ((character === '<' || character === '>') && source[cursor.index + 1] === '(' && value === '') {
			value += readRaw(cursor, () => {
				cursor.index += 2;
				cursor.parseSubstitution(enclosing);
			});
		} else if (METACHARACTERS.has(character!)) {
			break;
		} else if (character === '\\') {
			value += source[cursor.index + 1] === '\n' ? '' : source[cursor.index + 1] ?? '';
			cursor.index += 2;
		} else if (character === '\'') {
			const end = closingIndex(source, '\'', cursor.index + 1);
			value += source.slice(cursor.index + 1, end);
			cursor.index = end + 1;
		} else if (character === '"') {
			cursor.index++;
			value += readDoubleQuoted(cursor, enclosing);
		} else if (character === '$') {
			value += readDollar(cursor, enclosing);
		} else if (character === '`') {
			value += readBackquoted(cursor, enclosing);
		} else {
			value += character;
			cursor.index++;
		}
	}

	return value;
}

function closingIndex(source: string, quote: string, from: number): number {
	const end = source.indexOf(quote, from);
	return end === -1 ? source.length : end;
}

function readRaw(cursor: Cursor, skip: () => void): string {
	const start = cursor.index;
	skip();
	return cursor.source.slice(start, cursor.index);
}

function readDoubleQuoted(cursor: Cursor, enclosing: SimpleCommand | undefined): string {
	const {source} = cursor;
	let value = '';
	while (cursor.index < source.length) {
		const character = source[cursor.index];
		if (character === '"') {
			cursor.index++;
			break;
		}

		if (character === '\\' && '$`"\\\n'.includes(source[cursor.index + 1] ?? '')) {
			value += source[cursor.index + 1] === '\n' ? '' : source[cursor.index + 1];
			cursor.index += 2;
		} else if (character === '$') {
			value += readDollar(cursor, enclosing);
		} else if (character === '`') {
			value += readBackquoted(cursor, enclosing);
		} else {
			value += character;
			cursor.index++;
		}
	}

	return value;
}

/** A `$…` at the cursor: ANSI-C quoting is decoded; expansions come back as written, their commands parsed. */
function readDollar(cursor: Cursor, enclosing: SimpleCommand | undefined): string {
	const {source} = cursor;
	const next = source[cursor.index + 1];
	if (next === '\'') {
		return readAnsiC(cursor);
	}

	if (next === '"') {
		cursor.index++;
		return '';
	}

	return readRaw(cursor, () => {
		if (next === '(' && source[cursor.index + 2] === '(') {
			cursor.index++;
			skipBalanced(cursor, '(', ')');
		} else if (next === '(') {
			cursor.index += 2;
			cursor.parseSubstitution(enclosing);
		} else if (next === '{') {
			cursor.index++;
			skipBalanced(cursor, '{', '}');
		} else {
			const name = /^(?:[A-Za-z_]\w*|[\d@*#?$!-])/.exec(source.slice(cursor.index + 1, cursor.index + 65));
			cursor.index += 1 + (name?.[0].length ?? 0);
		}
	});
}

function readAnsiC(cursor: Cursor): string {
	const {source} = cursor;
	let value = '';
	cursor.index += 2;
	while (cursor.index < source.length && source[cursor.index] !== '\'') {
		if (source[cursor.index] !== '\\') {
			value += source[cursor.index++];
			continue;
		}

		const escape = /^(?:x[\dA-Fa-f]{1,2}|[0-7]{1,3}|.)/s.exec(source.slice(cursor.index + 1, cursor.index + 4))?.[0] ?? '';
		cursor.index += 1 + escape.length;
		value += ANSI_C_ESCAPES[escape]
			?? (escape.startsWith('x') ? String.fromCharCode(Number.parseInt(escape.slice(1), 16))
				: /^[0-7]/.test(escape) ? String.fromCharCode(Number.parseInt(escape, 8)) : `\\${escape}`);
	}

	cursor.index++;
	return value;
}

/** `` `…` ``: inside, a backslash escapes only `` ` ``, `$` and itself, so the text is unescaped before parsing. */
function readBackquoted(cursor: Cursor, enclosing: SimpleCommand | undefined): string {
	const {source} = cursor;
	const start = cursor.index;
	let text = '';
	cursor.index++;
	while (cursor.index < source.length && source[cursor.index] !== '`') {
		if (source[cursor.index] === '\\' && '`$\\'.includes(source[cursor.index + 1] ?? '')) {
			cursor.index++;
		}

		text += source[cursor.index++];
	}

	cursor.index++;
	cursor.parseBackquoted(text, enclosing);
	return source.slice(start, cursor.index);
}
