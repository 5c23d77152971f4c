import {describe, expect, it} from 'vitest';
import type {EventRecord} from '../../src/event/event-record.ts';
import {pairLines} from '../../src/audit/events/pair-lines.ts';
import type {CommandLine} from '../../src/audit/read/command-line.ts';

function line(time: string, command: string): CommandLine {
	const at = Date.parse(time);
	return {time: at, agent: 'claude-code', shortId: 'abcdef01', command, commandStart: 0, blocked: false, legacy: false, text: command};
}

function record(kind: 'pre' | 'post', time: string, command: string, extra: Partial<EventRecord> = {}): EventRecord {
	return {v: 1, kind, time, agent: 'claude-code', session_id: 's', short_id: 'abcdef01', command, ...extra};
}

function exitCodes(lines: CommandLine[], events: EventRecord[]) {
	return pairLines(lines, events).map(paired => paired.exitCode);
}

describe('pairLines', () => {
	it('pairs a post event with its pre event by tool use id, whatever their order', () => {
		const lines = [line('2026-05-17T09:00:00Z', 'a'), line('2026-05-17T09:00:00Z', 'b')];
		const events = [
			record('pre', '2026-05-17T09:00:00.100Z', 'a', {tool_use_id: '1'}),
			record('pre', '2026-05-17T09:00:00.200Z', 'b', {tool_use_id: '2'}),
			record('post', '2026-05-17T09:00:03Z', 'b', {tool_use_id: '2', exit_code: 7}),
			record('post', '2026-05-17T09:00:04Z', 'a', {tool_use_id: '1', exit_code: 0}),
		];
		expect(exitCodes(lines, events)).toEqual([0, 7]);
	});

	it('falls back to order without tool use ids', () => {
		const lines = [line('2026-05-17T09:00:00Z', 'a'), line('2026-05-17T09:00:05Z', 'b')];
		const events = [
			record('pre', '2026-05-17T09:00:00Z', 'a'),
			record('post', '2026-05-17T09:00:01Z', 'a', {exit_code: 2}),
			record('pre', '2026-05-17T09:00:05Z', 'b'),
			record('post', '2026-05-17T09:00:06Z', 'b', {exit_code: 0}),
		];
		expect(exitCodes(lines, events)).toEqual([2, 0]);
	});

	it('goes by the escaped command when lines share a second, and knows nothing of a line without events', () => {
		const lines = [line('2026-05-17T09:00:00Z', String.raw`echo b\nc`), line('2026-05-17T09:00:00Z', 'a'), line('2026-05-17T09:00:09Z', 'lost')];
		const events = [
			record('pre', '2026-05-17T09:00:00.100Z', 'a', {tool_use_id: '1'}),
			record('pre', '2026-05-17T09:00:00.200Z', 'echo b\nc', {tool_use_id: '2'}),
			record('post', '2026-05-17T09:00:01Z', 'a', {tool_use_id: '1', exit_code: 1}),
			record('post', '2026-05-17T09:00:01Z', 'echo b\nc', {tool_use_id: '2', exit_code: null}),
		];
		expect(exitCodes(lines, events)).toEqual([null, 1, undefined]);
	});
});
