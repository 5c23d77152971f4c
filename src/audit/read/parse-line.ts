import {BLOCKED_MARK} from '../../writer/format-lines.ts';
import {parseLineTime, TIMESTAMP_LENGTH} from '../time/line-time.ts';
import type {CommandLine} from './command-line.ts';

const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const SPACE = 32;
const ZULU = 90;
const MAX_FIELD_LENGTH = 64;

/**
 * `[2026-05-17 09:42:18Z] [claude-code] [9c1e2a7b] npm install` from session.log (`[BLOCKED] ` before a refused
 * command), or the same without `Z` from the Python hooks; undefined when the line between `start` and `end` is not one.
 */
export function parseLogLine(text: string, start: number, end: number): CommandLine | undefined {
	return parseLine(text, start, end, undefined);
}

/** `[2026-05-17 09:42:18Z] [claude-code] npm install` from a per-session file, whose name gives the short id. */
export function parseSessionFileLine(text: string, start: number, end: number, shortId: string): CommandLine | undefined {
	return parseLine(text, start, end, shortId);
}

function parseLine(text: string, start: number, end: number, knownShortId: string | undefined): CommandLine | undefined {
	if (text.charCodeAt(start) !== OPEN_BRACKET) {
		return undefined;
	}

	const legacy = text.charCodeAt(start + 1 + TIMESTAMP_LENGTH) !== ZULU;
	const timeEnd = start + 1 + TIMESTAMP_LENGTH + (legacy ? 0 : 1);
	if (text.charCodeAt(timeEnd) !== CLOSE_BRACKET || text.charCodeAt(timeEnd + 1) !== SPACE) {
		return undefined;
	}

	const time = parseLineTime(text, start + 1, !legacy);
	const agentEnd = closingField(text, timeEnd + 2, end);
	const shortEnd = knownShortId === undefined ? closingField(text, agentEnd + 2, end) : agentEnd;
	if (time === undefined || agentEnd < 0 || shortEnd < 0) {
		return undefined;
	}

	const line = start === 0 && end === text.length ? text : text.slice(start, end);
	return new LogLine(line, time, legacy, agentEnd - start, shortEnd - start, knownShortId);
}

// The `]` closing the bracketed field that opens at `start`: a word of at most 64 characters, then a space.
function closingField(text: string, start: number, end: number): number {
	if (start < 0 || text.charCodeAt(start) !== OPEN_BRACKET) {
		return -1;
	}

	const limit = Math.min(end - 1, start + 2 + MAX_FIELD_LENGTH);
	for (let index = start + 1; index < limit; index++) {
		const code = text.charCodeAt(index);
		if (code === CLOSE_BRACKET) {
			return index > start + 1 && text.charCodeAt(index + 1) === SPACE ? index : -1;
		}

		if (code === SPACE || code === OPEN_BRACKET) {
			return -1;
		}
	}

	return -1;
}

// The fields are cut out of the line only when asked for: a search over millions of lines mostly needs the command.
class LogLine implements CommandLine {
	readonly #agentEnd: number;
	readonly #shortEnd: number;
	readonly #knownShortId: string | undefined;

	constructor(readonly text: string, readonly time: number, readonly legacy: boolean, agentEnd: number, shortEnd: number, knownShortId: string | undefined) {
		this.#agentEnd = agentEnd;
		this.#shortEnd = shortEnd;
		this.#knownShortId = knownShortId;
	}

	get agent(): string {
		return this.text.slice(TIMESTAMP_LENGTH + (this.legacy ? 4 : 5), this.#agentEnd);
	}

	get shortId(): string {
		return this.#knownShortId ?? this.text.slice(this.#agentEnd + 3, this.#shortEnd);
	}

	get blocked(): boolean {
		return this.text.startsWith(BLOCKED_MARK, this.#shortEnd + 2);
	}

	get command(): string {
		return this.text.slice(this.commandStart);
	}

	get commandStart(): number {
		const start = this.#shortEnd + 2;
		return this.text.startsWith(BLOCKED_MARK, start) ? start + BLOCKED_MARK.length : start;
	}
}
