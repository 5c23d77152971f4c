import {describe, expect, it} from 'vitest';
import {claudeCodeEvent} from '../../src/agents/claude-code.ts';
import {payload} from '../helpers/fixtures.ts';

const SESSION = '4af640c2-76af-45e4-ab5f-0b631fb36b5c';

describe('claudeCodeEvent on captured payloads', () => {
	it('PreToolUse → pre with the exact command', () => {
		expect(claudeCodeEvent(payload('claude-code.PreToolUse'))).toEqual({
			kind: 'pre', agent: 'claude-code', sessionId: SESSION, cwd: '/home/dev/project',
			toolName: 'Bash', toolUseId: 'toolu_mock_1', command: 'echo hello-from-e2e',
		});
	});

	it('PostToolUse → exit code 0 and duration_ms', () => {
		expect(claudeCodeEvent(payload('claude-code.PostToolUse'))).toMatchObject({kind: 'post', exitCode: 0, durationMs: 22, toolUseId: 'toolu_mock_1'});
	});

	it('PostToolUseFailure → exit code N from "Exit code N"', () => {
		expect(claudeCodeEvent(payload('claude-code.fail-PostToolUseFailure'))).toMatchObject({
			kind: 'post', exitCode: 3, durationMs: 41,
			command: 'echo out-line; echo err-line >&2; touch /home/dev/touched; exit 3',
		});
	});

	it('SessionStart and SessionEnd → session events with source and reason', () => {
		expect(claudeCodeEvent(payload('claude-code.SessionStart'))).toEqual({kind: 'session_start', agent: 'claude-code', sessionId: SESSION, cwd: '/home/dev/project', source: 'startup'});
		expect(claudeCodeEvent(payload('claude-code.SessionEnd'))).toEqual({kind: 'session_end', agent: 'claude-code', sessionId: SESSION, cwd: '/home/dev/project', reason: 'other'});
	});

	it('ignores events and tools it does not log', () => {
		expect(claudeCodeEvent(payload('claude-code.UserPromptSubmit'))).toBeUndefined();
		expect(claudeCodeEvent(payload('claude-code.Stop'))).toBeUndefined();
		expect(claudeCodeEvent({hook_event_name: 'PreToolUse', tool_name: 'Write', tool_input: {command: 'x'}})).toBeUndefined();
	});

	it('records an interrupted failure without an exit code as unknown', () => {
		expect(claudeCodeEvent({hook_event_name: 'PostToolUseFailure', tool_name: 'Bash', tool_input: {command: 'sleep 9'}, error: 'Interrupted', is_interrupt: true})).toMatchObject({exitCode: null, durationMs: null});
	});

	it.each([undefined, null, 42, 'text', [], {hook_event_name: 7}, {hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: 'ls'}, {hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: {command: ['ls']}}])('ignores malformed payload %j', malformed => {
		expect(claudeCodeEvent(malformed)).toBeUndefined();
	});

	it('treats an empty or non-string session id as missing', () => {
		expect(claudeCodeEvent({hook_event_name: 'PreToolUse', session_id: '', tool_name: 'Bash', tool_input: {command: 'ls'}})?.sessionId).toBeUndefined();
		expect(claudeCodeEvent({hook_event_name: 'PreToolUse', session_id: 12, tool_name: 'Bash', tool_input: {command: 'ls'}})?.sessionId).toBeUndefined();
	});
});

it('makes a session id with lone surrogates well-formed, as it will be on disk', () => {
	expect(claudeCodeEvent({hook_event_name: 'SessionStart', session_id: 'a\uD800b'})?.sessionId).toBe('a\uFFFDb');
});
