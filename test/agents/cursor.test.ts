import {describe, expect, it} from 'vitest';
import {cursorEvent} from '../../src/agents/cursor.ts';
import {payload} from '../helpers/fixtures.ts';

// Cursor cannot run here: these payloads are built from its hooks documentation, not captured.
const {payloads} = payload('cursor.documented') as {payloads: Record<string, Record<string, unknown>>};
const CONVERSATION = 'c0a8e4f2-5b1d-4f6e-9a7c-3d2e1f0b9a87';

describe('cursorEvent on documented payloads', () => {
	it('beforeShellExecution → pre, the conversation as the session', () => {
		expect(cursorEvent(payloads.beforeShellExecution)).toEqual({
			kind: 'pre', agent: 'cursor', sessionId: CONVERSATION, cwd: '/home/dev/project/packages/app', command: 'npm install',
		});
	});

	it('afterShellExecution → post with the duration, no exit code, the workspace root for its missing cwd', () => {
		expect(cursorEvent(payloads.afterShellExecution)).toEqual({
			kind: 'post', agent: 'cursor', sessionId: CONVERSATION, cwd: '/home/dev/project', command: 'npm install', exitCode: null, durationMs: 1234,
		});
	});

	it('ignores other events and malformed payloads', () => {
		expect(cursorEvent(payloads.afterFileEdit)).toBeUndefined();
		expect(cursorEvent({...payloads.beforeShellExecution, command: 42})).toBeUndefined();
		expect(cursorEvent({...payloads.beforeShellExecution, hook_event_name: 'constructor'})).toBeUndefined();
		expect(cursorEvent('beforeShellExecution')).toBeUndefined();
	});

	it('has no session or cwd when the payload gives none', () => {
		expect(cursorEvent({hook_event_name: 'afterShellExecution', command: 'ls', workspace_roots: [7]})).toEqual({
			kind: 'post', agent: 'cursor', sessionId: undefined, cwd: undefined, command: 'ls', exitCode: null, durationMs: null,
		});
	});
});
