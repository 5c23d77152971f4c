import {appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {generatedProject, isoTime} from './helpers/generated-logs.ts';
import {audit, jsonLines} from './helpers/run-audit.ts';

function damagedProject() {
	const project = generatedProject({commands: 3000, days: 5});
	const log = join(project.root, '.coograph', 'session.log');
	const lines = readFileSync(log, 'utf8').split('\n');
	// A garbage line, a line whose time is not one, and a fragment a full disk left (the writer ends it).
	lines.splice(1500, 0, 'garbage that is not a log line', '[2026-13-45 99:99:99Z] [claude-code] [abcdef01] npm install', '[2026-01-0');
	writeFileSync(log, lines.join('\n'));
	// The last line torn: no newline.
	appendFileSync(log, '[2026-01-09 10:00:00Z] [claude-code] [abcdef01] npm ins');
	return {...project, log};
}

describe('damaged input', () => {
	it('skips damaged lines and a torn last line, and counts them in one warning', async () => {
		const project = damagedProject();
		const result = await audit('window', '2000-01-01 00:00', 'now', '--dir', project.root, '--json');
		expect(result.code).toBe(0);
		expect(jsonLines(result)).toHaveLength(project.commands.length);
		expect(result.stderr).toBe('coograph audit: warning: skipped 4 damaged lines\n');
	});

	it('counts only the damaged lines a search looked at', async () => {
		const project = damagedProject();
		const result = await audit('grep', 'npm ins', '--dir', project.root, '--json');
		expect(jsonLines(result)).toHaveLength(project.commands.filter(command => command.command.includes('npm ins')).length);
		expect(result.stderr).toBe('coograph audit: warning: skipped 2 damaged lines\n');
	});

	it('still seeks through a window when damaged lines sit where the binary search probes', async () => {
		const project = generatedProject({commands: 20_000, days: 5});
		const log = join(project.root, '.coograph', 'session.log');
		const lines = readFileSync(log, 'utf8').split('\n');
		for (let index = 1000; index < lines.length; index += 997) {
			lines[index] = 'x'.repeat(300);
		}

		writeFileSync(log, lines.join('\n'));
		const damagedCommands = new Set(Array.from({length: Math.ceil((lines.length - 1000) / 997)}, (_, step) => 1000 + (step * 997)));
		const kept = project.commands.filter((_, index) => !damagedCommands.has(index));
		const from = project.commands[9000]!.time;
		const to = project.commands[9500]!.time;
		const result = await audit('window', isoTime(from), isoTime(to), '--dir', project.root, '--json');
		expect(jsonLines<{command: string}>(result).map(line => line.command)).toEqual(kept.filter(command => command.time >= from && command.time <= to).map(command => command.command));
	});

	it('skips an unreadable file and names it in the warning', async () => {
		const project = generatedProject({commands: 500, days: 2});
		const events = join(project.root, '.coograph', 'events.jsonl');
		rmSync(events);
		mkdirSync(events);
		const result = await audit('sessions', '--dir', project.root, '--json');
		expect(result.code).toBe(0);
		expect(jsonLines(result).length).toBeGreaterThan(0);
		expect(result.stderr).toBe(`coograph audit: warning: skipped 1 unreadable file (${events})\n`);
	});

	it('skips event records that do not parse', async () => {
		const project = generatedProject({commands: 500, days: 2});
		appendFileSync(join(project.root, '.coograph', 'events.jsonl'), '{"v":1,"kind":"post"\nnot json\n');
		const result = await audit('sessions', '--dir', project.root, '--json');
		expect(result.stderr).toBe('coograph audit: warning: skipped 2 damaged lines\n');
	});
});
