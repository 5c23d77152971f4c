import {PassThrough} from 'node:stream';
import {describe, expect, it} from 'vitest';
import {commandLineText} from '../../src/audit/output/command-line-output.ts';
import {formatDuration} from '../../src/audit/output/duration.ts';
import {Output} from '../../src/audit/output/output.ts';
import {palette, wantsColour} from '../../src/audit/output/palette.ts';
import type {CommandLine} from '../../src/audit/read/command-line.ts';
import {mergeByTime} from '../../src/audit/read/merge-by-time.ts';

const terminal = Object.assign(process.stdout, {}) as NodeJS.WriteStream;

function line(time: number, command: string, legacy = false): CommandLine {
	const text = `[${new Date(time).toISOString().slice(0, 19).replace('T', ' ')}Z] [codex-cli] [abcdef01] ${command}`;
	return {time, agent: 'codex-cli', shortId: 'abcdef01', command, commandStart: text.length - command.length, blocked: false, legacy, text};
}

describe('colour', () => {
	it('is on for a terminal only, and off with NO_COLOR or TERM=dumb', () => {
		const tty = {...terminal, isTTY: true} as unknown as NodeJS.WriteStream;
		const pipe = {...terminal, isTTY: false} as unknown as NodeJS.WriteStream;
		expect(wantsColour(tty, {})).toBe(true);
		expect(wantsColour(pipe, {})).toBe(false);
		expect(wantsColour(tty, {NO_COLOR: '1'})).toBe(false);
		expect(wantsColour(tty, {NO_COLOR: ''})).toBe(true);
		expect(wantsColour(tty, {TERM: 'dumb'})).toBe(false);
	});

	it('paints the time, agent and short id, and the matches of a search', () => {
		const text = commandLineText(line(0, 'git push origin main'), {zone: 'utc', colour: true, palette: palette(true), highlight: /push|main/g});
		expect(text).toBe('[\u001B[2m1970-01-01 00:00:00Z\u001B[22m] [\u001B[36mcodex-cli\u001B[39m] [\u001B[33mabcdef01\u001B[39m] git \u001B[1;31mpush\u001B[22;39m origin \u001B[1;31mmain\u001B[22;39m');
	});
});

describe('findings', () => {
	it('follow the command, in the colour of the most severe on a terminal', () => {
		const findings = [{name: 'DANGEROUS_DELETE_ROOT', severity: 'critical'}, {name: 'LOOP_GUARD', severity: 'high'}] as const;
		const label = '[DANGEROUS_DELETE_ROOT critical, LOOP_GUARD high]';
		expect(commandLineText(line(0, 'rm -rf /'), {zone: 'utc', colour: false, palette: palette(false)}, findings)).toBe(`[1970-01-01 00:00:00Z] [codex-cli] [abcdef01] rm -rf /  ${label}`);
		expect(commandLineText(line(0, 'rm -rf /'), {zone: 'utc', colour: true, palette: palette(true)}, findings)).toMatch(new RegExp(String.raw`\] rm -rf / {2}\u001B\[1;31m${label.replaceAll(/[[\]]/g, String.raw`\$&`)}\u001B\[0m$`));
	});
});

describe('display', () => {
	it('escapes control characters anyone may have written into a log', () => {
		const tampered = line(0, 'ls \u001B]0;pwned\u0007 \u202Eevil');
		expect(commandLineText(tampered, {zone: 'utc', colour: false, palette: palette(false)})).toBe(String.raw`[1970-01-01 00:00:00Z] [codex-cli] [abcdef01] ls \x1b]0;pwned\x07 \u202eevil`);
	});

	it.each([[0, '0s'], [59_999, '59s'], [61_000, '1m 01s'], [3_723_000, '1h 02m'], [90_000_000, '1d 01h']])('writes %d ms as %s', (milliseconds, text) => {
		expect(formatDuration(milliseconds)).toBe(text);
	});
});

describe('mergeByTime', () => {
	it('merges logs that overlap in time into one time order, the earlier log first on a tie', async () => {
		async function* batches(times: number[][], tag: string) {
			for (const batch of times) {
				yield batch.map(time => line(time, tag));
			}
		}

		const merged = [];
		for await (const batch of mergeByTime([batches([[1, 3], [], [5, 9]], 'a'), batches([[2, 3, 4], [10]], 'b')])) {
			merged.push(...batch.map(merged => `${merged.time}${merged.command}`));
		}

		expect(merged).toEqual(['1a', '2b', '3a', '3b', '4b', '5a', '9a', '10b']);
	});
});

describe('Output', () => {
	it('waits for a full pipe to drain instead of queueing the rest in memory', async () => {
		const pipe = new PassThrough({highWaterMark: 1024});
		const output = new Output(pipe);
		const lines = Array.from({length: 20_000}, (_, index) => `line ${index}`);
		let printed = false;
		const printing = output.lines(lines).then(() => {
			printed = true;
		});
		await new Promise(resolve => setImmediate(resolve));
		expect(printed).toBe(false);
		expect(pipe.writableLength).toBeLessThan(1 << 17);

		const received: string[] = [];
		pipe.on('data', chunk => received.push(String(chunk)));
		await printing;
		output.flush();
		expect(received.join('')).toBe(lines.map(line => `${line}\n`).join(''));
	});

	it('writes every line as UTF-8, however long and whatever its characters', async () => {
		const pipe = new PassThrough();
		const output = new Output(pipe);
		const lines = ['plain', 'é デプロイ 🐛', 'x'.repeat(30_000), `lone \uD800 surrogate`, 'y'.repeat(200_000), '', ...Array.from({length: 5000}, (_, index) => `línea ${index}`)];
		for (const text of lines) {
			output.line(text);
		}

		output.flush();
		pipe.end();
		const received: Buffer[] = [];
		for await (const chunk of pipe) {
			received.push(chunk as Buffer);
		}

		expect(Buffer.concat(received).toString()).toBe(Buffer.from(lines.map(text => `${text}\n`).join('')).toString());
	});

	it('stops writing once the reader is gone', () => {
		const pipe = new PassThrough();
		const output = new Output(pipe);
		pipe.emit('error', Object.assign(new Error('write EPIPE'), {code: 'EPIPE'}));
		expect(output.closed).toBe(true);
		output.line('nobody reads this');
		output.flush();
		expect(pipe.read()).toBeNull();
	});
});
