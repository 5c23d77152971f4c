import {escapeCommand} from '../../writer/escape-command.ts';

// Every character escapeCommand rewrites is in this class (surrogates too, paired or not): most text has none, and
// testing is cheaper than rewriting.
const MAY_NEED_ESCAPING = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/;

/**
 * Log text made safe for a terminal, the way the writer escapes commands. The writer already did, but anyone can
 * append to a log, and a reader's terminal must not run what they wrote.
 */
export function escapeForDisplay(text: string): string {
	return MAY_NEED_ESCAPING.test(text) ? escapeCommand(text) : text;
}
