import {describe, expect, it} from 'vitest';
import {openCodeAfterEvent, openCodeBeforeEvent, openCodeSessionEvent} from '../../src/agents/opencode.ts';
import {payload} from '../helpers/fixtures.ts';

type Call = {kind: string; input?: unknown; output?: unknown; type?: string; properties?: unknown};
const calls = payload('opencode.plugin-calls') as Call[];
const before = calls.find(call => call.kind === 'tool.execute.before')!;
const after = calls.find(call => call.kind === 'tool.execute.after')!;
const failedAfter = (payload('opencode.fail-tool.execute.after') as Call[])[0]!;
const events = payload('opencode.events') as Call[];

describe('OpenCode plugin calls → events', () => {
	it('tool.execute.before → pre', () => {
		expect(openCodeBeforeEvent(before.input, before.output, '/home/dev/project')).toEqual({
			kind: 'pre', agent: 'opencode', sessionId: 'ses_dffe9d016ffepEQvSyW21wv5CL', toolName: 'bash',
			toolUseId: 'call_mock_2', cwd: '/home/dev/project', command: 'echo hello-from-e2e',
		});
	});

	it('tool.execute.after → post with metadata.exit and the measured duration', () => {
		expect(openCodeAfterEvent(after.input, after.output, '/p', 12)).toMatchObject({kind: 'post', exitCode: 0, durationMs: 12, command: 'echo hello-from-e2e'});
		expect(openCodeAfterEvent(failedAfter.input, failedAfter.output, '/p', null)).toMatchObject({kind: 'post', exitCode: 3, durationMs: null});
	});

	it('session.created → session start; other events are not logged', () => {
		const created = events.find(event => event.type === 'session.created')!;
		expect(openCodeSessionEvent({event: created}, '/p')).toEqual({kind: 'session_start', agent: 'opencode', sessionId: 'ses_dffe9d016ffepEQvSyW21wv5CL', cwd: '/p', source: 'created'});
		const idle = events.find(event => event.type === 'session.idle')!;
		expect(openCodeSessionEvent({event: idle}, '/p')).toBeUndefined();
	});

	it('ignores other tools and malformed calls', () => {
		expect(openCodeBeforeEvent({tool: 'read', sessionID: 's'}, {args: {command: 'x'}}, '/p')).toBeUndefined();
		expect(openCodeBeforeEvent(undefined, undefined, '/p')).toBeUndefined();
		expect(openCodeBeforeEvent({tool: 'bash'}, {args: {command: 3}}, '/p')).toBeUndefined();
	});
});
