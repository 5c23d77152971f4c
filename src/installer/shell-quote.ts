/** Escapes text to sit inside double quotes on a POSIX shell command line, where nothing in it may expand. */
export function escapeForDoubleQuotes(text: string): string {
	return text.replace(/["\\`$]/g, character => `\\${character}`);
}
