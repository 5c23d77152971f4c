import {parseLineTime, TIMESTAMP_LENGTH} from '../time/line-time.ts';
import type {CommandLine} from './command-line.ts';

const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const SPACE = 32;
const ZULU = 90;
const MAX_FIELD_LENGTH = 64;

/**
 * `[2026-05-17 09:42:18Z] [claude-code] [9c1e2a7b] npm install` from session.log, or the same without `Z` from the
 * Python hooks; undefined when the line between `start` and `end` is not one.
 */
export function parseLogLine(text: string, start: number, end: number): CommandLine | undefined {
	const head = parseHead(text, start, end);
	if (head === undefined) {
		return undefined;
	}

	const shortEnd = closingField(text, head.next, end);
	if (shortEnd < 0) {
		return undefined;
	}

	const line = text.slice(start, end);
	return {
		time: head.time,
		agent: head.agent,
		shortId: text.slice(head.next + 1, shortEnd),
		command: line.slice(shortEnd + 2 - start),
		legacy: head.legacy,
		text: line,
	};
}

/** `[2026-05-17 09:42:18Z] [claude-code] npm install` from a per-session file, whose name gives the short id. */
export function parseSessionFileLine(text: string, start: number, end: number, shortId: string): CommandLine | undefined {
	const head = parseHead(text, start, end);
	if (head === undefined) {
		return undefined;
	}

	const line = text.slice(start, end);
	return {time: head.time, agent: head.agent, shortId, command: line.slice(head.next - start), legacy: head.legacy, text: line};
}

/** The time of the line between `start` and `end`, without reading the rest. */
export function lineTime(text: string, start: number, end: number): number | undefined {
	return parseHead(text, start, end)?.time;
}

/** Where the command starts in a session.log line, or -1: what a search needs before it parses anything else. */
export function commandStart(text: string, start: number, end: number): number {
	const head = parseHead(text, start, end);
	if (head === undefined) {
		return -1;
	}

	const shortEnd = closingField(text, head.next, end);
	return shortEnd < 0 ? -1 : shortEnd + 2;
}

type Head = {time: number; agent: string; legacy: boolean; next: number};

// `[<time>] [<agent>] `: the opening shared by both kinds of line; `next` is where the following field starts.
function parseHead(text: string, start: number, end: number): Head | undefined {
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
	if (time === undefined || agentEnd < 0) {
		return undefined;
	}

	return {time, agent: text.slice(timeEnd + 3, agentEnd), legacy, next: agentEnd + 2};
}

// The `]` closing the bracketed field that opens at `start`: a word of at most 64 characters, then a space.
function closingField(text: string, start: number, end: number): number {
	if (text.charCodeAt(start) !== OPEN_BRACKET) {
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
