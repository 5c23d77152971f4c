import {existsSync, lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {builtFile, coograph, isolatedEnvironment, readJson, tempFolder, treeDigest} from './run-installer.ts';

const CLAUDE_COMMAND = 'node "$CLAUDE_PROJECT_DIR/.claude/hooks/coograph-claude-code.cjs"';

describe('coograph init', () => {
	it('installs the agents named into a bare project', async () => {
		const project = tempFolder();
		const run = await coograph('init', [project, '--agent', 'claude-code,codex-cli,opencode'], isolatedEnvironment());

		expect(run.code).toBe(0);
		expect(run.out.slice(0, 4)).toEqual([
			'installed claude-code: .claude/hooks/coograph-claude-code.cjs, .claude/settings.json (5 hooks)',
			'installed codex-cli: .codex/hooks/coograph-codex-cli.cjs, .codex/hooks.json (4 hooks)',
			'installed opencode: .opencode/plugins/coograph.js',
			'added .coograph/ to .gitignore',
		]);
		for (const [installed, built] of [
			['.claude/hooks/coograph-claude-code.cjs', 'hooks/coograph-claude-code.cjs'],
			['.codex/hooks/coograph-codex-cli.cjs', 'hooks/coograph-codex-cli.cjs'],
			['.opencode/plugins/coograph.js', 'plugins/coograph.js'],
		]) {
			expect(readFileSync(join(project, installed)).equals(readFileSync(builtFile(built!)))).toBe(true);
		}

		const handler = {type: 'command', command: CLAUDE_COMMAND, timeout: 10};
		expect(readJson(join(project, '.claude/settings.json'))).toEqual({
			hooks: {
				PreToolUse: [{matcher: 'Bash|PowerShell', hooks: [handler]}],
				PostToolUse: [{matcher: 'Bash|PowerShell', hooks: [handler]}],
				PostToolUseFailure: [{matcher: 'Bash|PowerShell', hooks: [handler]}],
				SessionStart: [{hooks: [handler]}],
				SessionEnd: [{hooks: [handler]}],
			},
		});
		const codexHandler = {type: 'command', command: `node "${project}/.codex/hooks/coograph-codex-cli.cjs"`, timeout: 10};
		expect(readJson(join(project, '.codex/hooks.json'))).toEqual({
			hooks: {
				PreToolUse: [{matcher: '^Bash$', hooks: [codexHandler]}],
				PostToolUse: [{matcher: '^Bash$', hooks: [codexHandler]}],
				SessionStart: [{hooks: [codexHandler]}],
				SessionEnd: [{hooks: [codexHandler]}],
			},
		});
		expect(readFileSync(join(project, '.claude/settings.json'), 'utf8')).toMatch(/^\{\n {2}"hooks": \{\n[^]*\n\}\n$/);
		expect(readFileSync(join(project, '.gitignore'), 'utf8')).toBe('.coograph/\n');
	});

	it('keeps every existing key and hook, and the file\'s indentation', async () => {
		const project = tempFolder();
		mkdirSync(join(project, '.claude'));
		const theirs = {
			permissions: {allow: ['Bash(npm test:*)']},
			hooks: {PreToolUse: [{matcher: 'Write', hooks: [{type: 'command', command: 'prettier --check', timeout: 5}]}], Stop: [{hooks: [{type: 'command', command: 'say done'}]}]},
			env: {FOO: 'bar'},
		};
		writeFileSync(join(project, '.claude/settings.json'), `${JSON.stringify(theirs, undefined, 4)}\n`);
		writeFileSync(join(project, '.gitignore'), 'node_modules/');

		expect((await coograph('init', [project, '--agent', 'claude-code'], isolatedEnvironment())).code).toBe(0);

		const text = readFileSync(join(project, '.claude/settings.json'), 'utf8');
		expect(text).toMatch(/^\{\n {4}"permissions": \{\n {8}"allow"/);
		const settings = JSON.parse(text);
		expect(Object.keys(settings)).toEqual(['permissions', 'hooks', 'env']);
		expect(settings.permissions).toEqual(theirs.permissions);
		expect(settings.env).toEqual(theirs.env);
		expect(settings.hooks.Stop).toEqual(theirs.hooks.Stop);
		expect(settings.hooks.PreToolUse).toEqual([...theirs.hooks.PreToolUse, {matcher: 'Bash|PowerShell', hooks: [{type: 'command', command: CLAUDE_COMMAND, timeout: 10}]}]);
		expect(readFileSync(join(project, '.gitignore'), 'utf8')).toBe('node_modules/\n.coograph/\n');
	});

	it('changes no byte when run a second time', async () => {
		const project = tempFolder();
		const environment = isolatedEnvironment();
		writeFileSync(join(project, '.gitignore'), 'dist/\n');
		await coograph('init', [project, '--agent', 'all'], environment);
		const first = treeDigest(project);

		const second = await coograph('init', [project, '--agent', 'all'], environment);

		expect(treeDigest(project)).toEqual(first);
		expect(second.code).toBe(0);
		expect(second.out.slice(0, 3)).toEqual([
			'claude-code already installed: .claude/hooks/coograph-claude-code.cjs, .claude/settings.json (5 hooks)',
			'codex-cli already installed: .codex/hooks/coograph-codex-cli.cjs, .codex/hooks.json (4 hooks)',
			'opencode already installed: .opencode/plugins/coograph.js',
		]);
	});

	it('brings an outdated bundle and entry up to date in place', async () => {
		const project = tempFolder();
		const environment = isolatedEnvironment();
		await coograph('init', [project, '--agent', 'claude-code'], environment);
		writeFileSync(join(project, '.claude/hooks/coograph-claude-code.cjs'), '// an older coograph\n');
		const settingsPath = join(project, '.claude/settings.json');
		const settings = readJson(settingsPath);
		settings.hooks.SessionEnd[0].hooks[0].timeout = 600;
		writeFileSync(settingsPath, `${JSON.stringify(settings, undefined, 2)}\n`);

		const run = await coograph('init', [project, '--agent', 'claude-code'], environment);

		expect(run.out[0]).toBe('updated claude-code: .claude/hooks/coograph-claude-code.cjs, .claude/settings.json (5 hooks)');
		expect(readFileSync(join(project, '.claude/hooks/coograph-claude-code.cjs')).equals(readFileSync(builtFile('hooks/coograph-claude-code.cjs')))).toBe(true);
		expect(readJson(settingsPath).hooks.SessionEnd).toEqual([{hooks: [{type: 'command', command: CLAUDE_COMMAND, timeout: 10}]}]);
	});

	it.each([
		[['--agent', 'codex-cli,opencode']],
		[['--agent', 'codex-cli', '--agent', 'opencode']],
	])('installs only the agents named by %j', async agentArguments => {
		const project = tempFolder();
		const run = await coograph('init', [project, ...agentArguments], isolatedEnvironment());

		expect(run.code).toBe(0);
		expect(existsSync(join(project, '.claude'))).toBe(false);
		expect(existsSync(join(project, '.codex/hooks.json'))).toBe(true);
		expect(existsSync(join(project, '.opencode/plugins/coograph.js'))).toBe(true);
	});

	it.each(['claude', 'aider'])('refuses --agent %s with exit code 2, changing nothing', async agent => {
		const project = tempFolder();
		const run = await coograph('init', [project, '--agent', `codex-cli,${agent}`], isolatedEnvironment());

		expect(run).toEqual({code: 2, out: [], err: [`coograph init: unknown agent "${agent}" (--agent takes claude-code, codex-cli, opencode, gemini-cli, qwen-code, copilot-cli, cursor, shell, or all)`]});
		expect(treeDigest(project)).toEqual({});
	});

	it.each([
		['not JSON', '{"hooks": {', /is not valid JSON/],
		['JSON that is not an object', '[]', /does not hold a JSON object/],
		['hooks that are not an object', '{"hooks": "none"}', /"hooks" is not an object/],
	])('stops with exit code 2 and one line on a settings file holding %s, changing nothing', async (_case, content, message) => {
		const project = tempFolder();
		mkdirSync(join(project, '.claude'));
		writeFileSync(join(project, '.claude/settings.json'), content);
		const before = treeDigest(project);

		// No PATH to look for agents on: the .claude folder alone selects Claude Code.
		const run = await coograph('init', [project], isolatedEnvironment({PATH: tempFolder()}));

		expect(run.code).toBe(2);
		expect(run.out).toEqual(['found claude-code (.claude)']);
		expect(run.err).toHaveLength(1);
		expect(run.err[0]).toMatch(message);
		expect(run.err[0]).toContain(join(project, '.claude/settings.json'));
		expect(treeDigest(project)).toEqual(before);
	});

	it('refuses a directory that does not exist', async () => {
		const missing = join(tempFolder(), 'missing');
		const run = await coograph('init', [missing], isolatedEnvironment());

		expect(run).toEqual({code: 2, out: [], err: [`coograph init: ${missing} is not a directory`]});
	});

	it('writes through a symlinked settings file, keeping the link', async () => {
		const project = tempFolder();
		const dotfiles = tempFolder();
		mkdirSync(join(project, '.claude'));
		writeFileSync(join(dotfiles, 'claude-settings.json'), '{"model": "opus"}\n');
		symlinkSync(join(dotfiles, 'claude-settings.json'), join(project, '.claude/settings.json'));

		await coograph('init', [project, '--agent', 'claude-code'], isolatedEnvironment());

		expect(lstatSync(join(project, '.claude/settings.json')).isSymbolicLink()).toBe(true);
		expect(readJson(join(dotfiles, 'claude-settings.json')).hooks.PreToolUse).toHaveLength(1);
	});
});
