// Characters that could break a record into two lines or repaint the terminal of whoever reads the log:
// C0 controls, DEL, C1 controls, line/paragraph separators, bidi controls, lone surrogates.
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const NAMED: Record<string, string> = {'\n': '\\n', '\r': '\\r', '\t': '\\t'};

function escapeCharacter(character: string): string {
	const named = NAMED[character];
	if (named !== undefined) {
		return named;
	}

	const code = character.charCodeAt(0);
	return code <= 0xFF
		? `\\x${code.toString(16).padStart(2, '0')}`
		: `\\u${code.toString(16).padStart(4, '0')}`;
}

/** The command as one safe physical line for the text logs. events.jsonl keeps the original. */
export function escapeCommand(command: string): string {
	return command.replace(UNSAFE, escapeCharacter);
}
