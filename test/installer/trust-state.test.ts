import {expect, it} from 'vitest';
import type {CodexHook} from '../../src/installer/codex/codex-session.ts';
import {approvals, stateAfterRemoval} from '../../src/installer/codex/trust-state.ts';

const file = '/p/.codex/hooks.json';
const hook = (key: string, currentHash: string, trustStatus: CodexHook['trustStatus'], command = 'echo theirs'): CodexHook => (
	{key: `${file}:${key}`, sourcePath: file, command, currentHash, trustStatus}
);
const isOurs = (candidate: CodexHook) => candidate.command === 'ours';

it('approves the hooks given, as they are now', () => {
	expect(approvals([hook('pre_tool_use:0:0', 'sha256:a', 'untrusted')])).toEqual({[`${file}:pre_tool_use:0:0`]: {trusted_hash: 'sha256:a'}});
});

it('drops our approvals, moves the user\'s with their hooks, and keeps the rest in place', () => {
	const state = {
		'/other/hooks.json:stop:0:0': {trusted_hash: 'sha256:o'},
		[`${file}:pre_tool_use:0:0`]: {trusted_hash: 'sha256:ours'},
		[`${file}:pre_tool_use:1:0`]: {trusted_hash: 'sha256:theirs'},
		[`${file}:stop:0:0`]: {trusted_hash: 'sha256:stale'},
	};
	const before = [
		hook('pre_tool_use:0:0', 'sha256:ours', 'trusted', 'ours'),
		hook('pre_tool_use:1:0', 'sha256:theirs', 'trusted'),
		hook('stop:0:0', 'sha256:changed', 'modified'),
	];
	const after = [hook('pre_tool_use:0:0', 'sha256:theirs', 'modified'), hook('stop:0:0', 'sha256:changed', 'modified')];

	const next = stateAfterRemoval(state, before, after, isOurs);

	expect(Object.entries(next)).toEqual([
		['/other/hooks.json:stop:0:0', {trusted_hash: 'sha256:o'}],
		[`${file}:pre_tool_use:0:0`, {trusted_hash: 'sha256:theirs'}],
		[`${file}:stop:0:0`, {trusted_hash: 'sha256:stale'}],
	]);
});

it('leaves the table as it was when none of ours was approved', () => {
	const state = {[`${file}:pre_tool_use:0:0`]: {trusted_hash: 'sha256:theirs'}};
	const before = [hook('pre_tool_use:0:0', 'sha256:theirs', 'trusted'), hook('pre_tool_use:1:0', 'sha256:ours', 'untrusted', 'ours')];

	expect(stateAfterRemoval(state, before, [before[0]!], isOurs)).toEqual(state);
});
