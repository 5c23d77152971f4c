import {describe, expect, it} from 'vitest';
import type {OurHooks} from '../../src/installer/hook-config/claude-style.ts';
import {COPILOT_STYLE, CURSOR_STYLE} from '../../src/installer/hook-config/hook-config-format.ts';
import {InstallerInputError} from '../../src/installer/errors.ts';

const OURS: OurHooks = {
	events: [{event: 'preToolUse'}, {event: 'sessionEnd'}],
	command: 'node "/p/.github/hooks/coograph-x.cjs"',
	timeout: 10,
	isOurs: command => command.includes('coograph-x.cjs'),
};

const ourHandler = {type: 'command', bash: OURS.command, timeoutSec: 10};
const theirHandler = {type: 'command', bash: './scripts/audit.sh', powershell: './scripts/audit.ps1', timeoutSec: 30};

describe('Copilot CLI\'s layout', () => {
	it('starts a new file with version 1 and one handler per event', () => {
		expect(COPILOT_STYLE.add({}, OURS, 'coograph.json')).toEqual({version: 1, hooks: {preToolUse: [ourHandler], sessionEnd: [ourHandler]}});
	});

	it('keeps every other key, event and handler, appending ours after theirs', () => {
		const settings = {version: 1, hooks: {preToolUse: [theirHandler], errorOccurred: [theirHandler]}, note: 'x'};
		const added = COPILOT_STYLE.add(settings, OURS, 'coograph.json');
		expect(added).toEqual({version: 1, hooks: {preToolUse: [theirHandler, ourHandler], errorOccurred: [theirHandler], sessionEnd: [ourHandler]}, note: 'x'});
		expect(Object.keys(added)).toEqual(['version', 'hooks', 'note']);
	});

	it('replaces an older handler of ours where it stands, never duplicating it', () => {
		const older = {type: 'command', bash: 'node old/coograph-x.cjs', timeoutSec: 600};
		const added = COPILOT_STYLE.add({version: 1, hooks: {preToolUse: [older, theirHandler, older]}}, OURS, 'coograph.json') as any;
		expect(added.hooks.preToolUse).toEqual([ourHandler, theirHandler]);
		expect(COPILOT_STYLE.add(added, OURS, 'coograph.json')).toEqual(added);
	});

	it('refuses hooks that are not laid out as Copilot expects', () => {
		expect(() => COPILOT_STYLE.add({hooks: []}, OURS, 'a.json')).toThrow(new InstallerInputError('a.json: "hooks" is not an object; fix it, then run again'));
		expect(() => COPILOT_STYLE.add({hooks: {preToolUse: {}}}, OURS, 'a.json')).toThrow('a.json: "hooks.preToolUse" is not a list');
	});

	it('removal gives back the settings as they were, and nothing at all for a file only ours filled', () => {
		const settings = {version: 1, hooks: {preToolUse: [theirHandler], agentStop: []}};
		expect(COPILOT_STYLE.remove(COPILOT_STYLE.add(settings, OURS, 'x'), OURS.isOurs, 'x')).toEqual({settings, removed: 2});
		expect(COPILOT_STYLE.remove(COPILOT_STYLE.add({}, OURS, 'x'), OURS.isOurs, 'x')).toEqual({settings: {}, removed: 2});
		expect(COPILOT_STYLE.remove(COPILOT_STYLE.add({version: 1, note: 'x'}, OURS, 'x'), OURS.isOurs, 'x')).toEqual({settings: {version: 1, note: 'x'}, removed: 2});
	});

	it('removal returns the very same object when nothing of ours is there', () => {
		const settings = {version: 1, hooks: {preToolUse: [theirHandler]}};
		expect(COPILOT_STYLE.remove(settings, OURS.isOurs, 'x').settings).toBe(settings);
	});

	it('counts the events carrying our handler exactly as this version writes it', () => {
		const settings = COPILOT_STYLE.add({}, OURS, 'x') as any;
		expect(COPILOT_STYLE.count(settings, OURS, 'x')).toBe(2);
		settings.hooks.sessionEnd[0].timeoutSec = 30;
		expect(COPILOT_STYLE.count(settings, OURS, 'x')).toBe(1);
	});
});

describe('Cursor\'s layout', () => {
	it('writes the command and the timeout, and recognises its own handlers by command', () => {
		const cursorOurs = {...OURS, events: [{event: 'beforeShellExecution'}]};
		const theirs = {command: './hooks/audit.sh'};
		const added = CURSOR_STYLE.add({version: 1, hooks: {beforeShellExecution: [theirs]}}, cursorOurs, 'hooks.json');
		expect(added).toEqual({version: 1, hooks: {beforeShellExecution: [theirs, {command: OURS.command, timeout: 10}]}});
		expect(CURSOR_STYLE.remove(added, OURS.isOurs, 'hooks.json')).toEqual({settings: {version: 1, hooks: {beforeShellExecution: [theirs]}}, removed: 1});
	});
});
