import {describe, expect, it} from 'vitest';
import {escapeCommand} from '../../src/writer/escape-command.ts';

describe('escapeCommand', () => {
	it.each([
		['line\nbreak', String.raw`line\nbreak`],
		['carriage\rreturn', String.raw`carriage\rreturn`],
		['tab\there', String.raw`tab\there`],
		['\u001B[2J\u001B[31mred', String.raw`\x1b[2J\x1b[31mred`],
		['nul\u0000bell\u0007del\u007F', String.raw`nul\x00bell\x07del\x7f`],
		['csi\u009B31m', String.raw`csi\x9b31m`],
		['ls\u2028fake\u2029', String.raw`ls\u2028fake\u2029`],
		['rtl\u202Eevil\u2066', String.raw`rtl\u202eevil\u2066`],
		['lone\uD800surrogate\uDC00', String.raw`lone\ud800surrogate\udc00`],
	])('escapes %j', (command, expected) => {
		expect(escapeCommand(command)).toBe(expected);
	});

	it('keeps printable text, backslashes, quotes and astral characters as they are', () => {
		const command = String.raw`grep -E 'a\.b' "$HOME" | jq '.x' # café 🚀 中文`;
		expect(escapeCommand(command)).toBe(command);
	});

	it('never leaves a character that ends a line or starts a terminal sequence', () => {
		const everyBmpCharacter = Array.from({length: 0x1_00_00}, (_, code) => String.fromCharCode(code)).join('');
		const escaped = escapeCommand(everyBmpCharacter);
		expect(escaped).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/);
		expect(Buffer.from(escaped).toString()).toBe(escaped); // no lone surrogate left
	});
});
