import {describe, expect, it} from 'vitest';
import {shellEvent} from '../../src/agents/shell.ts';

describe('shellEvent', () => {
	it('the DEBUG trap\'s payload → pre', () => {
		expect(shellEvent({command: 'echo a', cwd: '/p', session_id: '1a2b3c4d-4242-998877'})).toEqual({
			kind: 'pre', agent: 'shell', sessionId: '1a2b3c4d-4242-998877', toolName: 'bash', cwd: '/p', command: 'echo a',
		});
	});

	it('an empty session id is none', () => {
		expect(shellEvent({command: 'ls', cwd: '/p', session_id: ''})?.sessionId).toBeUndefined();
	});

	it.each([undefined, 'echo a', {cwd: '/p'}, {command: ['ls']}])('ignores %j', malformed => {
		expect(shellEvent(malformed)).toBeUndefined();
	});
});
