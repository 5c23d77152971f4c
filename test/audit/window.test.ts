import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import type {WrittenCommand} from '../../scripts/log-generator/write-logs.ts';
import {generatedProject, isoTime, logTime, type GeneratedProject} from './helpers/generated-logs.ts';
import {audit, jsonLines} from './helpers/run-audit.ts';
import {quote, shell} from './helpers/unix.ts';

type JsonLine = {time: string; agent: string; short_id: string; session_id: string | null; command: string};

let project: GeneratedProject;
let log: string;

beforeAll(() => {
	// Enough lines for the binary search to run, and 1% written out of time order as concurrent hooks do.
	project = generatedProject({commands: 40_000, days: 30, outOfOrderRate: 0.01, meanSessionCommands: 120});
	log = join(project.root, '.coograph', 'session.log');
});

function expectedBetween(from: number, to: number): WrittenCommand[] {
	return project.commands.filter(command => command.time >= from && command.time <= to);
}

function summary(lines: JsonLine[]) {
	return lines.map(line => [line.time, line.agent, line.short_id, line.session_id, line.command]);
}

function summaryOf(commands: WrittenCommand[]) {
	return commands.map(command => [isoTime(command.time), command.agent, command.shortId, command.sessionId, command.command]);
}

describe('audit window', () => {
	it('gives every command between two times, both included, in the order written', async () => {
		const {commands} = project;
		for (const [first, last] of [[0, 30], [1000, 1900], [12_345, 12_346], [20_000, 31_000], [commands.length - 50, commands.length - 1]]) {
			const from = commands[first]!.time;
			const to = commands[last]!.time;
			const result = await audit('window', isoTime(from), isoTime(to), '--dir', project.root, '--json');
			expect(result.code).toBe(0);
			expect(summary(jsonLines<JsonLine>(result))).toEqual(summaryOf(expectedBetween(from, to)));
		}
	});

	it('finds the lines written out of time order at either end of the window', async () => {
		const swapped = project.commands.findIndex((command, index) => index > 0 && command.time < project.commands[index - 1]!.time);
		expect(swapped).toBeGreaterThan(0);
		const late = project.commands[swapped]!;
		const result = await audit('window', isoTime(late.time), isoTime(late.time + 60_000), '--dir', project.root, '--json');
		expect(summary(jsonLines<JsonLine>(result))).toEqual(summaryOf(expectedBetween(late.time, late.time + 60_000)));
	});

	it('agrees with awk on the same window', async () => {
		const from = project.commands[5000]!.time;
		const to = project.commands[7000]!.time;
		const result = await audit('window', isoTime(from), isoTime(to), '--dir', project.root);
		const program = `$1 >= "[${logTime(from)}" && $1 <= "[${logTime(to)}"`;
		const awk = shell(`awk -F'] ' ${quote(program)} ${quote(log)}`);
		expect(result.stdout).toBe(awk);
		expect(result.stdout.split('\n').length).toBeGreaterThan(1000);
	});

	it('exits 1 and prints nothing for a window with no command', async () => {
		const before = project.commands[0]!.time - 86_400_000;
		const result = await audit('window', isoTime(before), isoTime(before + 3_600_000), '--dir', project.root);
		expect(result).toEqual({code: 1, stdout: '', stderr: ''});
	});

	it('takes the whole log for a window around it', async () => {
		const result = await audit('window', '2000-01-01T00:00:00Z', 'now', '--dir', project.root, '--json');
		expect(jsonLines(result)).toHaveLength(project.commands.length);
	});
});
