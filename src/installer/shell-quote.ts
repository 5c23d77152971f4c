/** Escapes text to sit inside double quotes on a POSIX shell command line, where nothing in it may expand. */
export function escapeForDoubleQuotes(text: string): string {
	return text.replace(/["\\`$]/g, character => `\\${character}`);
}

/** The text as one POSIX shell word: as it is when nothing in it is special, else in single quotes. */
export function shellWord(text: string): string {
	return /^[\w./:@%+=,-]+$/.test(text) ? text : `'${text.replaceAll('\'', '\'\\\'\'')}'`;
}
