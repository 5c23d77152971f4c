import {describe, expect, it} from 'vitest';
import {geminiCliEvent} from '../../src/agents/gemini-cli.ts';
import {capturedPayload, capturedPayloads} from '../helpers/captured-runs.ts';

const SESSION = 'd2583412-b08f-4b42-b2b7-d773828afbbd';

function afterTool(llmContent: string) {
	return {hook_event_name: 'AfterTool', tool_name: 'run_shell_command', tool_input: {command: 'x'}, tool_response: {llmContent}};
}

describe('geminiCliEvent on captured payloads', () => {
	it('BeforeTool → pre with the exact command', () => {
		expect(geminiCliEvent(capturedPayload('gemini-cli', 'default', 'BeforeTool'))).toEqual({
			kind: 'pre', agent: 'gemini-cli', sessionId: SESSION, cwd: '/home/dev/project',
			toolName: 'run_shell_command', command: 'echo hello-from-e2e',
		});
	});

	it('AfterTool without an "Exit Code" line → exit code 0', () => {
		expect(geminiCliEvent(capturedPayload('gemini-cli', 'default', 'AfterTool'))).toMatchObject({kind: 'post', exitCode: 0, durationMs: null, command: 'echo hello-from-e2e'});
	});

	it('AfterTool with "Exit Code: 3" → exit code 3', () => {
		expect(geminiCliEvent(capturedPayload('gemini-cli', 'failing_command', 'AfterTool'))).toMatchObject({kind: 'post', exitCode: 3, command: 'echo out; exit 3'});
	});

	it('a parallel turn: each AfterTool keeps its own command and exit code', () => {
		const events = capturedPayloads('gemini-cli', 'parallel_two_calls', 'AfterTool').map(geminiCliEvent);
		expect(events.map(event => [event?.command, event?.exitCode])).toEqual([['echo one', 0], ['echo two; exit 3', 3]]);
	});

	it('SessionStart and SessionEnd → session events with source and reason', () => {
		expect(geminiCliEvent(capturedPayload('gemini-cli', 'default', 'SessionStart'))).toEqual({kind: 'session_start', agent: 'gemini-cli', sessionId: SESSION, cwd: '/home/dev/project', source: 'startup'});
		expect(geminiCliEvent(capturedPayload('gemini-cli', 'default', 'SessionEnd'))).toEqual({kind: 'session_end', agent: 'gemini-cli', sessionId: SESSION, cwd: '/home/dev/project', reason: 'exit'});
	});

	it('ignores agent events, other tools and Claude Code\'s event names', () => {
		expect(geminiCliEvent(capturedPayload('gemini-cli', 'default', 'BeforeAgent'))).toBeUndefined();
		expect(geminiCliEvent(capturedPayload('gemini-cli', 'default', 'AfterAgent'))).toBeUndefined();
		expect(geminiCliEvent({hook_event_name: 'BeforeTool', tool_name: 'write_file', tool_input: {command: 'x'}})).toBeUndefined();
		expect(geminiCliEvent({hook_event_name: 'PreToolUse', tool_name: 'run_shell_command', tool_input: {command: 'x'}})).toBeUndefined();
		expect(geminiCliEvent({hook_event_name: 'toString', tool_name: 'run_shell_command', tool_input: {command: 'x'}})).toBeUndefined();
	});

	it.each([
		['the output\'s own "Exit Code" line, before the real one', 'Output: Exit Code: 7\nfine\nExit Code: 2\nProcess Group PGID: 9', 2],
		['an output line that looks like the trailer, when the command succeeded', 'Output: Exit Code: 7\nmore output\nProcess Group PGID: 9', 0],
		['a command killed by a signal', 'Output: (empty)\nSignal: 9\nProcess Group PGID: 9', null],
		['a command that could not start', 'Output: (empty)\nError: spawn bash ENOENT', null],
		['a cancelled command', 'Command was cancelled by user before it could complete. There was no output before it was cancelled.', null],
		['a command moved to the background', 'Command moved to background (PID: 12). Output hidden. Press Ctrl+B to view.', null],
	])('reads %s', (_case, llmContent, exitCode) => {
		expect(geminiCliEvent(afterTool(llmContent))?.exitCode).toBe(exitCode);
	});

	it('has no exit code when the result text is missing', () => {
		expect(geminiCliEvent({hook_event_name: 'AfterTool', tool_name: 'run_shell_command', tool_input: {command: 'x'}})?.exitCode).toBeNull();
	});
});
