import {describe, expect, it} from 'vitest';
import {copilotCliEvent} from '../../src/agents/copilot-cli.ts';
import {capturedPayload, capturedPayloads} from '../helpers/captured-runs.ts';

const SESSION = '93c072f3-5d25-45cd-bdea-1e250a554878';

describe('copilotCliEvent on captured payloads', () => {
	it('preToolUse → pre with the exact command', () => {
		expect(copilotCliEvent(capturedPayload('copilot-cli', 'default_camelCase_v1', 'preToolUse'))).toEqual({
			kind: 'pre', agent: 'copilot-cli', sessionId: SESSION, cwd: '/home/dev/project', toolName: 'bash', command: 'echo hello-from-e2e',
		});
	});

	it('postToolUse → exit code parsed from the result text, even when resultType says success', () => {
		expect(copilotCliEvent(capturedPayload('copilot-cli', 'default_camelCase_v1', 'postToolUse'))).toMatchObject({kind: 'post', exitCode: 0, durationMs: null});
		const failed = capturedPayload('copilot-cli', 'failing_command_camelCase_v1', 'postToolUse');
		expect(failed).toMatchObject({toolResult: {resultType: 'success'}});
		expect(copilotCliEvent(failed)).toMatchObject({kind: 'post', exitCode: 3, command: 'echo out; exit 3'});
	});

	it('a parallel turn: each postToolUse keeps its own exit code', () => {
		const events = capturedPayloads('copilot-cli', 'parallel_two_calls', 'postToolUse').map(copilotCliEvent);
		expect(events.map(event => [event?.command, event?.exitCode])).toEqual([['echo one', 0], ['echo two; exit 3', 3]]);
	});

	it('sessionStart and sessionEnd → session events with source and reason', () => {
		expect(copilotCliEvent(capturedPayload('copilot-cli', 'default_camelCase_v1', 'sessionStart'))).toEqual({kind: 'session_start', agent: 'copilot-cli', sessionId: SESSION, cwd: '/home/dev/project', source: 'new'});
		expect(copilotCliEvent(capturedPayload('copilot-cli', 'default_camelCase_v1', 'sessionEnd'))).toEqual({kind: 'session_end', agent: 'copilot-cli', sessionId: SESSION, cwd: '/home/dev/project', reason: 'complete'});
	});

	it('reads toolArgs given as JSON text', () => {
		const payload = {sessionId: 's', cwd: '/p', toolName: 'bash', toolArgs: '{"command":"ls -la","description":"list"}'};
		expect(copilotCliEvent(payload)).toMatchObject({kind: 'pre', command: 'ls -la'});
	});

	it('takes the last "completed with exit code" in the result text', () => {
		const toolResult = {resultType: 'success', textResultForLlm: 'completed with exit code 9\n<shellId: 2 completed with exit code 1>'};
		expect(copilotCliEvent({sessionId: 's', toolName: 'bash', toolArgs: {command: 'x'}, toolResult})?.exitCode).toBe(1);
		expect(copilotCliEvent({sessionId: 's', toolName: 'bash', toolArgs: {command: 'x'}, toolResult: {resultType: 'failure', textResultForLlm: 'denied'}})?.exitCode).toBeNull();
	});

	it('ignores prompts, other tools and unreadable arguments', () => {
		expect(copilotCliEvent(capturedPayload('copilot-cli', 'default_camelCase_v1', 'userPromptSubmitted'))).toBeUndefined();
		expect(copilotCliEvent({sessionId: 's', toolName: 'view', toolArgs: {command: 'x'}})).toBeUndefined();
		expect(copilotCliEvent({sessionId: 's', toolName: 'bash', toolArgs: '{not json'})).toBeUndefined();
		expect(copilotCliEvent({sessionId: 's', toolName: 'bash', toolArgs: '"ls"'})).toBeUndefined();
		expect(copilotCliEvent([])).toBeUndefined();
	});
});
