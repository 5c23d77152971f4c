import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {coograph, isolatedEnvironment, tempFolder, treeDigest} from './run-installer.ts';

describe('coograph uninstall', () => {
	it('gives back a project with its own settings byte for byte, keeping the logs', async () => {
		const project = tempFolder();
		const environment = isolatedEnvironment();
		mkdirSync(join(project, '.claude/hooks'), {recursive: true});
		mkdirSync(join(project, '.codex'));
		writeFileSync(join(project, '.claude/hooks/their-hook.sh'), 'echo theirs\n');
		writeFileSync(join(project, '.claude/settings.json'), `${JSON.stringify({
			permissions: {allow: ['Bash(ls:*)'], deny: []},
			hooks: {PreToolUse: [{matcher: 'Bash', hooks: [{type: 'command', command: 'sh .claude/hooks/their-hook.sh'}]}]},
		}, undefined, 2)}\n`);
		writeFileSync(join(project, '.codex/hooks.json'), '{\n\t"hooks": {\n\t\t"Stop": []\n\t},\n\t"x": 1\n}\n');
		writeFileSync(join(project, '.gitignore'), 'node_modules/\n.coograph/\n');
		const before = treeDigest(project);

		await coograph('init', [project, '--agent', 'claude-code,codex-cli,opencode'], environment);
		mkdirSync(join(project, '.coograph'));
		writeFileSync(join(project, '.coograph/session.log'), '[2026-05-17 09:42:18Z] [claude-code] [9c1e2a7b] npm install\n');
		const run = await coograph('uninstall', [project], environment);

		expect(run.code).toBe(0);
		expect(run.out).toEqual([
			'removed claude-code: .claude/hooks/coograph-claude-code.cjs, 5 hooks from .claude/settings.json',
			'removed codex-cli: .codex/hooks/coograph-codex-cli.cjs, 4 hooks from .codex/hooks.json',
			'codex-cli: codex is not on PATH; the approvals of coograph\'s hooks stay in Codex\'s config.toml, where they do nothing',
			'removed opencode: .opencode/plugins/coograph.js',
			'kept the logs in .coograph/ (and its .gitignore line)',
		]);
		expect(run.err).toEqual([]);
		const {'.coograph/': _folder, '.coograph/session.log': log, ...rest} = treeDigest(project);
		expect(rest).toEqual(before);
		expect(log).toBeDefined();
	});

	it('leaves a bare project as it was but for the .gitignore line', async () => {
		const project = tempFolder();
		const environment = isolatedEnvironment();
		await coograph('init', [project, '--agent', 'all'], environment);

		const run = await coograph('uninstall', [project], environment);

		expect(run.out).toContain('removed claude-code: .claude/hooks/coograph-claude-code.cjs, 5 hooks from .claude/settings.json (now empty, removed)');
		expect(Object.keys(treeDigest(project))).toEqual(['.gitignore']);
		expect(readFileSync(join(project, '.gitignore'), 'utf8')).toBe('.coograph/\n');
	});

	it('removes only the agents named, and says when there is nothing to remove', async () => {
		const project = tempFolder();
		const environment = isolatedEnvironment();
		await coograph('init', [project, '--agent', 'claude-code,opencode'], environment);

		const run = await coograph('uninstall', [project, '--agent', 'opencode,codex-cli'], environment);

		expect(run.out).toEqual(['codex-cli: nothing to remove', 'removed opencode: .opencode/plugins/coograph.js']);
		expect(existsSync(join(project, '.opencode'))).toBe(false);
		expect(existsSync(join(project, '.claude/hooks/coograph-claude-code.cjs'))).toBe(true);
	});

	it('stops with exit code 2 on an unparsable settings file, removing nothing', async () => {
		const project = tempFolder();
		const environment = isolatedEnvironment();
		await coograph('init', [project, '--agent', 'claude-code,codex-cli'], environment);
		writeFileSync(join(project, '.codex/hooks.json'), '{oops');
		const before = treeDigest(project);

		const run = await coograph('uninstall', [project], environment);

		expect(run.code).toBe(2);
		expect(run.err).toEqual([expect.stringContaining(`${join(project, '.codex/hooks.json')} is not valid JSON`)]);
		expect(treeDigest(project)).toEqual(before);
	});
});
