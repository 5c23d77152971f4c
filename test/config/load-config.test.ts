import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {DEFAULT_CONFIG} from '../../src/config/coograph-config.ts';
import {loadConfig} from '../../src/config/load-config.ts';
import {tempProject} from '../helpers/temp-project.ts';

function projectWithConfig(text: string): string {
	const root = tempProject();
	writeFileSync(join(root, 'coograph.config.json'), text);
	return root;
}

const load = (settings: unknown) => loadConfig(projectWithConfig(JSON.stringify(settings)));

describe('loadConfig', () => {
	it('gives the defaults, silently, when the project has no config file', () => {
		expect(loadConfig(tempProject())).toEqual({config: DEFAULT_CONFIG, problems: [], warning: undefined});
		expect(DEFAULT_CONFIG).toEqual({
			redaction: {enabled: true, rules: [], allow: [], disable: []},
			failClosed: false,
			block: {findings: [], patterns: []},
		});
	});

	it('reads every key, filling in what is left out', () => {
		const loaded = load({
			redaction: {rules: [{name: 'acme-key', pattern: 'acme_[a-z0-9]{12}'}, {name: 'pin', pattern: 'pin=(?<secret>\\d+)', flags: 'i'}], allow: ['AKIAIOSFODNN7EXAMPLE'], disable: ['jwt']},
			failClosed: true,
			block: {findings: ['PIPE_TO_SHELL'], patterns: ['terraform +apply', 'curl .*/upload']},
		});
		expect(loaded).toEqual({
			config: {
				redaction: {
					enabled: true,
					rules: [{name: 'acme-key', pattern: 'acme_[a-z0-9]{12}', flags: ''}, {name: 'pin', pattern: 'pin=(?<secret>\\d+)', flags: 'i'}],
					allow: ['AKIAIOSFODNN7EXAMPLE'],
					disable: ['jwt'],
				},
				failClosed: true,
				block: {findings: ['PIPE_TO_SHELL'], patterns: ['terraform +apply', 'curl .*/upload']},
			},
			problems: [],
			warning: undefined,
		});
	});

	it('turns redaction off', () => {
		expect(load({redaction: {enabled: false}}).config.redaction.enabled).toBe(false);
	});

	it('falls back to the defaults on a file that is not JSON, in one line naming the file', () => {
		const loaded = loadConfig(projectWithConfig('{\n  "redaction": {"enabled": fals\n'));
		expect(loaded.config).toEqual(DEFAULT_CONFIG);
		expect(loaded.problems).toHaveLength(1);
		expect(loaded.warning).toMatch(/^coograph: coograph\.config\.json: not valid JSON \(.+\); using the defaults$/);
		expect(loaded.warning).not.toMatch(/[\n\r]/);
	});

	it.each([
		['an array', '[]'],
		['null', 'null'],
		['a string', '"redaction"'],
	])('falls back to the defaults on %s', (_case, text) => {
		const loaded = loadConfig(projectWithConfig(text));
		expect(loaded.config).toEqual(DEFAULT_CONFIG);
		expect(loaded.warning).toBe('coograph: coograph.config.json: must hold a JSON object; using the defaults');
	});

	it('falls back to the defaults when the config is a folder', () => {
		const root = tempProject();
		mkdirSync(join(root, 'coograph.config.json'));
		expect(loadConfig(root)).toEqual({
			config: DEFAULT_CONFIG,
			problems: ['is not a file; using the defaults'],
			warning: 'coograph: coograph.config.json: is not a file; using the defaults',
		});
	});

	it('falls back to the defaults when the file is too large to read at every event', () => {
		const loaded = loadConfig(projectWithConfig(`{"redaction": {"allow": ["${'x'.repeat(1024 * 1024)}"]}}`));
		expect(loaded.config).toEqual(DEFAULT_CONFIG);
		expect(loaded.problems).toEqual(['is larger than 1048576 bytes; using the defaults']);
	});

	it('reads a file that starts with a byte order mark', () => {
		expect(loadConfig(projectWithConfig('\uFEFF{"failClosed": true}'))).toMatchObject({config: {failClosed: true}, problems: []});
	});

	it('reports unknown keys, at any depth, and applies the rest', () => {
		const loaded = load({failClosed: true, colour: 'blue', redaction: {enable: false, allow: ['x'], rules: [{name: 'a', pattern: 'b+', falgs: 'i'}]}});
		expect(loaded.config).toEqual({...DEFAULT_CONFIG, failClosed: true, redaction: {enabled: true, rules: [{name: 'a', pattern: 'b+', flags: ''}], allow: ['x'], disable: []}});
		expect(loaded.problems).toEqual([
			'unknown key "colour" ignored',
			'unknown key "redaction.enable" ignored',
			'unknown key "redaction.rules[0].falgs" ignored',
		]);
		expect(loaded.warning).toBe(`coograph: coograph.config.json: ${loaded.problems.join('; ')}`);
	});

	it('keeps the defaults of a key whose value is wrong, and the other keys as written', () => {
		const loaded = load({redaction: {enabled: 'no'}, failClosed: true, block: {patterns: ['(']}});
		expect(loaded.config).toEqual({...DEFAULT_CONFIG, failClosed: true});
		expect(loaded.problems).toEqual([
			'"redaction.enabled" must be true or false; "redaction" keeps its defaults',
			expect.stringMatching(/^"block\.patterns\[0\]" is not a valid regular expression \(.+\); "block" keeps its defaults$/),
		]);
	});

	it.each([
		[{block: {findings: ['PIPE_TO_SH']}}, '"block.findings" names no such finding: PIPE_TO_SH'],
		[{redaction: []}, '"redaction" must be an object'],
		[{redaction: {rules: {}}}, '"redaction.rules" must be a list of {"name", "pattern"} objects'],
		[{redaction: {rules: ['x']}}, '"redaction.rules[0]" must be an object'],
		[{redaction: {rules: [{name: 'has space', pattern: 'x'}]}}, '"redaction.rules[0].name" must be 1 to 64 letters, digits, "_", "." or "-"'],
		[{redaction: {rules: [{name: 'a'}]}}, '"redaction.rules[0].pattern" must be a non-empty string'],
		[{redaction: {rules: [{name: 'a', pattern: 'x*'}]}}, '"redaction.rules[0].pattern" matches the empty string'],
		[{redaction: {rules: [{name: 'a', pattern: 'x', flags: 'gi'}]}}, '"redaction.rules[0].flags" must be made of distinct "i", "m", "s", "u"'],
		[{redaction: {rules: [{name: 'a', pattern: 'x', flags: 'ii'}]}}, '"redaction.rules[0].flags" must be made of distinct "i", "m", "s", "u"'],
		[{redaction: {allow: ['ok', '']}}, '"redaction.allow" must be a list of non-empty strings'],
		[{redaction: {disable: ['jwtt']}}, '"redaction.disable" names no default rule: "jwtt"'],
		[{failClosed: 'true'}, '"failClosed" must be true or false'],
		[{block: {findings: 'PIPE_TO_SHELL'}}, '"block.findings" must be a list of non-empty strings'],
	])('rejects %j', (settings, problem) => {
		const loaded = load(settings);
		expect(loaded.config).toEqual(DEFAULT_CONFIG);
		expect(loaded.problems).toEqual([expect.stringMatching(new RegExp(`^${problem.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&')}; "\\w+" keeps its defaults$`))]);
	});

	it('says which pattern does not compile, and why', () => {
		expect(load({redaction: {rules: [{name: 'a', pattern: 'x'}, {name: 'b', pattern: '(?<secret>x'}]}}).problems)
			.toEqual([expect.stringMatching(/^"redaction\.rules\[1\]\.pattern" is not a valid regular expression \(Invalid regular expression: .+\); "redaction" keeps its defaults$/)]);
	});
});
