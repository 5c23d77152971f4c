// The position in the source shared by the structure parser and the word reader, which call each other for
// substitutions: the reader meets `$(`, the parser reads the commands inside up to the `)`.

import type {SimpleCommand} from './simple-command.ts';

export type Cursor = {
	readonly source: string;
	index: number;
	/** Parses the commands of a substitution whose opening was just read, up to and past its `)`. */
	parseSubstitution(enclosing: SimpleCommand | undefined): void;
	/** Parses a backquoted substitution's text, already unescaped, as a script of its own. */
	parseBackquoted(text: string, enclosing: SimpleCommand | undefined): void;
};

/** Characters that end an unquoted word. */
export const METACHARACTERS = new Set([' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>']);

export function skipBlanks(cursor: Cursor): void {
	const {source} = cursor;
	while (cursor.index < source.length) {
		const character = source[cursor.index];
		if (character === ' ' || character === '\t') {
			cursor.index++;
		} else if (character === '\\' && source[cursor.index + 1] === '\n') {
			cursor.index += 2;
		} else {
			return;
		}
	}
}

/** Moves past a balanced pair whose opening is at the cursor (`((…))`, `${…}`), honouring quotes. */
export function skipBalanced(cursor: Cursor, open: string, close: string): void {
	const {source} = cursor;
	let depth = 0;
	while (cursor.index < source.length) {
		const character = source[cursor.index];
		if (character === '\\') {
			cursor.index += 2;
			continue;
		}

		if (character === '\'' || character === '"') {
			const end = source.indexOf(character, cursor.index + 1);
			cursor.index = end === -1 ? source.length : end + 1;
			continue;
		}

		cursor.index++;
		if (character === open) {
			depth++;
		} else if (character === close && --depth === 0) {
			return;
		}
	}
}
