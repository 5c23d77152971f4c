import {describe, expect, it} from 'vitest';
import {addOurHooks, countOurHooks, removeOurHooks, type OurHooks} from '../../src/installer/hook-config/claude-style.ts';
import {InstallerInputError} from '../../src/installer/errors.ts';

const OURS: OurHooks = {
	events: [{event: 'PreToolUse', matcher: 'Bash'}, {event: 'SessionStart'}],
	command: 'node "/p/.x/hooks/coograph-x.cjs"',
	timeout: 10,
	isOurs: command => command.includes('coograph-x.cjs'),
};

const theirHandler = {type: 'command', command: 'their-linter', timeout: 30};
const theirGroup = {matcher: 'Edit', hooks: [theirHandler]};

describe('addOurHooks', () => {
	it('adds one group per event to empty settings', () => {
		expect(addOurHooks({}, OURS, 'settings.json')).toEqual({
			hooks: {
				PreToolUse: [{matcher: 'Bash', hooks: [{type: 'command', command: OURS.command, timeout: 10}]}],
				SessionStart: [{hooks: [{type: 'command', command: OURS.command, timeout: 10}]}],
			},
		});
	});

	it('keeps every other key, event and group, and appends ours after theirs', () => {
		const settings = {permissions: {allow: ['Bash(ls:*)']}, hooks: {PreToolUse: [theirGroup], Stop: [theirGroup]}, model: 'x'};
		const added = addOurHooks(settings, OURS, 'settings.json');
		expect(Object.keys(added)).toEqual(['permissions', 'hooks', 'model']);
		expect(added.permissions).toEqual(settings.permissions);
		expect((added.hooks as any).Stop).toEqual([theirGroup]);
		expect((added.hooks as any).PreToolUse[0]).toEqual(theirGroup);
		expect((added.hooks as any).PreToolUse).toHaveLength(2);
	});

	it('replaces an older entry of ours where it stands, never duplicating it', () => {
		const older = {matcher: 'Bash', hooks: [{type: 'command', command: 'node old/coograph-x.cjs', timeout: 600}]};
		const settings = {hooks: {PreToolUse: [older, theirGroup, older]}};
		const added = addOurHooks(settings, OURS, 'settings.json') as any;
		expect(added.hooks.PreToolUse).toEqual([{matcher: 'Bash', hooks: [{type: 'command', command: OURS.command, timeout: 10}]}, theirGroup]);
	});

	it('is stable: adding to its own output changes nothing', () => {
		const once = addOurHooks({hooks: {PreToolUse: [theirGroup]}}, OURS, 'settings.json');
		expect(addOurHooks(once, OURS, 'settings.json')).toEqual(once);
	});

	it('takes our handler out of a group it shares with another', () => {
		const shared = {matcher: 'Bash', hooks: [theirHandler, {type: 'command', command: 'node coograph-x.cjs'}]};
		const added = addOurHooks({hooks: {PreToolUse: [shared]}}, OURS, 'settings.json') as any;
		expect(added.hooks.PreToolUse[0]).toEqual({matcher: 'Bash', hooks: [theirHandler]});
		expect(added.hooks.PreToolUse).toHaveLength(2);
	});

	it('refuses settings whose hooks are not laid out as the agent expects', () => {
		expect(() => addOurHooks({hooks: []}, OURS, 'a.json')).toThrow(new InstallerInputError('a.json: "hooks" is not an object; fix it, then run again'));
		expect(() => addOurHooks({hooks: {PreToolUse: {}}}, OURS, 'a.json')).toThrow('a.json: "hooks.PreToolUse" is not a list');
	});
});

describe('removeOurHooks', () => {
	it('gives back the settings as they were before ours were added', () => {
		const settings = {permissions: {deny: []}, hooks: {PreToolUse: [theirGroup], Stop: []}};
		const {settings: restored, removed} = removeOurHooks(addOurHooks(settings, OURS, 'x'), OURS.isOurs, 'x');
		expect(removed).toBe(2);
		expect(restored).toEqual(settings);
	});

	it('drops the lists and the hooks table that only ours filled', () => {
		const {settings, removed} = removeOurHooks(addOurHooks({env: {A: '1'}}, OURS, 'x'), OURS.isOurs, 'x');
		expect(removed).toBe(2);
		expect(settings).toEqual({env: {A: '1'}});
	});

	it('returns the very same object when nothing of ours is there', () => {
		const settings = {hooks: {PreToolUse: [theirGroup]}};
		expect(removeOurHooks(settings, OURS.isOurs, 'x')).toEqual({settings, removed: 0});
		expect(removeOurHooks(settings, OURS.isOurs, 'x').settings).toBe(settings);
	});
});

describe('countOurHooks', () => {
	it('counts the events carrying our group exactly as this version writes it', () => {
		const settings = addOurHooks({}, OURS, 'x') as any;
		expect(countOurHooks(settings, OURS, 'x')).toBe(2);
		settings.hooks.SessionStart[0].hooks[0].timeout = 600;
		expect(countOurHooks(settings, OURS, 'x')).toBe(1);
		expect(countOurHooks({}, OURS, 'x')).toBe(0);
	});
});
