import {describe, expect, it} from 'vitest';
import {qwenCodeEvent} from '../../src/agents/qwen-code.ts';
import {capturedPayload, capturedPayloads} from '../helpers/captured-runs.ts';

const SESSION = '49847190-0a76-4742-98c8-d716b75f544f';

describe('qwenCodeEvent on captured payloads', () => {
	it('PreToolUse → pre with the exact command and the tool use id', () => {
		expect(qwenCodeEvent(capturedPayload('qwen-code', 'default', 'PreToolUse'))).toEqual({
			kind: 'pre', agent: 'qwen-code', sessionId: SESSION, cwd: '/home/dev/project',
			toolName: 'run_shell_command', toolUseId: 'toolu_1795606800350_ru1pq6qqz', command: 'echo hello-from-e2e',
		});
	});

	it('PostToolUse → exit code 0 and duration_ms', () => {
		expect(qwenCodeEvent(capturedPayload('qwen-code', 'default', 'PostToolUse'))).toMatchObject({kind: 'post', exitCode: 0, durationMs: 67, toolUseId: 'toolu_1795606800350_ru1pq6qqz'});
	});

	it('PostToolUseFailure → exit code N from "Exit Code: N"', () => {
		expect(qwenCodeEvent(capturedPayload('qwen-code', 'failing_command', 'PostToolUseFailure'))).toMatchObject({kind: 'post', exitCode: 3, durationMs: 69, command: 'echo out; exit 3'});
	});

	it('a parallel turn: success and failure each keep their exit code', () => {
		const success = capturedPayloads('qwen-code', 'parallel_two_calls', 'PostToolUse').map(qwenCodeEvent);
		const failure = capturedPayloads('qwen-code', 'parallel_two_calls', 'PostToolUseFailure').map(qwenCodeEvent);
		expect([...success, ...failure].map(event => [event?.command, event?.exitCode])).toEqual([['echo one', 0], ['echo two; exit 3', 3]]);
	});

	it('takes the tool\'s "Exit Code" line, not one in the command\'s output', () => {
		const error = 'Command: x\nDirectory: (root)\nOutput: Exit Code: 9\nError: (none)\nExit Code: 4\nSignal: (none)\nProcess Group PGID: (none)';
		expect(qwenCodeEvent({hook_event_name: 'PostToolUseFailure', tool_name: 'run_shell_command', tool_input: {command: 'x'}, error})?.exitCode).toBe(4);
	});

	it('a failure without an exit code (killed, or cancelled) has none', () => {
		const error = 'Command was cancelled by user before it could complete.';
		expect(qwenCodeEvent({hook_event_name: 'PostToolUseFailure', tool_name: 'run_shell_command', tool_input: {command: 'x'}, error})?.exitCode).toBeNull();
	});

	it('SessionStart → session start; prompts and stops are not logged', () => {
		expect(qwenCodeEvent(capturedPayload('qwen-code', 'default', 'SessionStart'))).toEqual({kind: 'session_start', agent: 'qwen-code', sessionId: SESSION, cwd: '/home/dev/project', source: 'startup'});
		expect(qwenCodeEvent(capturedPayload('qwen-code', 'default', 'Stop'))).toBeUndefined();
		expect(capturedPayloads('qwen-code', 'default', 'UserPromptSubmit').map(qwenCodeEvent)).toEqual([undefined, undefined]);
	});

	it('ignores tools other than run_shell_command', () => {
		expect(qwenCodeEvent({hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: {command: 'ls'}})).toBeUndefined();
	});
});
