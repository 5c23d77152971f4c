import {readFileSync} from 'node:fs';

/** The whole of stdin; empty when there is none (closed, a terminal, or unreadable). */
export function readStdin(): string {
	try {
		return readFileSync(0, 'utf8');
	} catch {
		return '';
	}
}
