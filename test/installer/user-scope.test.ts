import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {builtFile, coograph, isolatedEnvironment, readJson, tempFolder, treeDigest} from './run-installer.ts';

describe('coograph init --user', () => {
	it('installs into the user\'s folders, with absolute commands that pass --user', async () => {
		const environment = isolatedEnvironment();
		const home = environment.HOME!;

		const run = await coograph('init', ['--user', '--agent', 'claude-code,codex-cli,opencode'], environment);

		expect(run.code).toBe(0);
		expect(run.out.slice(0, 3)).toEqual([
			'installed claude-code: ~/.claude/hooks/coograph-claude-code.cjs, ~/.claude/settings.json (5 hooks)',
			'installed codex-cli: ~/.codex/hooks/coograph-codex-cli.cjs, ~/.codex/hooks.json (4 hooks)',
			'installed opencode: ~/.config/opencode/plugins/coograph.js',
		]);
		expect(run.out).not.toContain('added .coograph/ to .gitignore');
		expect(readJson(join(home, '.claude/settings.json')).hooks.PreToolUse[0].hooks[0].command)
			.toBe(`node "${home}/.claude/hooks/coograph-claude-code.cjs" --user`);
		expect(readJson(join(home, '.codex/hooks.json')).hooks.SessionEnd[0].hooks[0].command)
			.toBe(`node "${home}/.codex/hooks/coograph-codex-cli.cjs" --user`);
		expect(readFileSync(join(home, '.config/opencode/plugins/coograph.js')).equals(readFileSync(builtFile('plugins/coograph.js')))).toBe(true);
	});

	it('follows CODEX_HOME and XDG_CONFIG_HOME', async () => {
		const codexHome = tempFolder('coograph-codex-home-');
		const configHome = tempFolder('coograph-config-');
		const environment = isolatedEnvironment({CODEX_HOME: codexHome, XDG_CONFIG_HOME: configHome});

		await coograph('init', ['--user', '--agent', 'codex-cli,opencode'], environment);

		expect(readJson(join(codexHome, 'hooks.json')).hooks.PreToolUse[0].hooks[0].command).toBe(`node "${codexHome}/hooks/coograph-codex-cli.cjs" --user`);
		expect(existsSync(join(configHome, 'opencode/plugins/coograph.js'))).toBe(true);
		expect(treeDigest(environment.HOME!)).toEqual({});
	});

	it('is undone by uninstall --user, which keeps the user\'s other settings', async () => {
		const environment = isolatedEnvironment();
		const home = environment.HOME!;
		mkdirSync(join(home, '.claude'));
		writeFileSync(join(home, '.claude/settings.json'), '{\n  "theme": "dark"\n}\n');
		const before = treeDigest(home);
		await coograph('init', ['--user', '--agent', 'all'], environment);

		const run = await coograph('uninstall', ['--user'], environment);

		expect(run.code).toBe(0);
		expect(treeDigest(home)).toEqual(before);
	});

	it('refuses a directory with --user, changing nothing', async () => {
		const environment = isolatedEnvironment();
		const run = await coograph('init', ['--user', tempFolder()], environment);

		expect(run).toEqual({code: 2, out: [], err: ['coograph init: --user works for every project at once: leave out the directory']});
		expect(treeDigest(environment.HOME!)).toEqual({});
	});
});
