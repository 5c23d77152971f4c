import {describe, expect, it} from 'vitest';
import {codexCliEvent} from '../../src/agents/codex-cli.ts';
import {payload} from '../helpers/fixtures.ts';

describe('codexCliEvent on captured payloads', () => {
	it('PreToolUse → pre', () => {
		expect(codexCliEvent(payload('codex-cli.PreToolUse'))).toEqual({
			kind: 'pre', agent: 'codex-cli', sessionId: '01a20015-85d3-7b71-9dcb-e098ca76d04c', cwd: '/home/dev/project',
			toolName: 'Bash', toolUseId: 'call_mock_1', command: 'echo hello-from-e2e',
		});
	});

	it('PostToolUse → exit code and duration unknown, even for a failing command', () => {
		expect(codexCliEvent(payload('codex-cli.PostToolUse'))).toMatchObject({kind: 'post', exitCode: null, durationMs: null});
		expect(codexCliEvent(payload('codex-cli.fail-PostToolUse'))).toMatchObject({kind: 'post', exitCode: null, command: 'echo out-line; echo err-line >&2; exit 3'});
	});

	it('SessionStart and SessionEnd → session events', () => {
		expect(codexCliEvent(payload('codex-cli.SessionStart'))).toMatchObject({kind: 'session_start', source: 'startup'});
		expect(codexCliEvent(payload('codex-cli.SessionEnd'))).toMatchObject({kind: 'session_end'});
	});

	it('ignores prompts, stops and non-shell tools', () => {
		expect(codexCliEvent(payload('codex-cli.UserPromptSubmit'))).toBeUndefined();
		expect(codexCliEvent(payload('codex-cli.Stop'))).toBeUndefined();
		expect(codexCliEvent({hook_event_name: 'PreToolUse', tool_name: 'apply_patch', tool_input: {command: '*** Begin Patch'}})).toBeUndefined();
	});
});
