// The bundled CLI (dist/cli.js, built by `npm test`'s pretest) finds this version's hooks next to itself, wherever
// the package is installed.

import {cpSync, readFileSync, symlinkSync} from 'node:fs';
import {join} from 'node:path';
import {execa} from 'execa';
import {expect, it} from 'vitest';
import {PATH_WITHOUT_CODEX, repoRoot, tempFolder, treeDigest} from './run-installer.ts';

it('installs from a copy of the package elsewhere, with the bundles beside its cli.js', async () => {
	const installedPackage = tempFolder('coograph-package-');
	cpSync(join(repoRoot, 'package.json'), join(installedPackage, 'package.json'));
	cpSync(join(repoRoot, 'dist'), join(installedPackage, 'dist'), {recursive: true});
	symlinkSync(join(repoRoot, 'node_modules'), join(installedPackage, 'node_modules'));
	const project = tempFolder();

	const {stdout, exitCode} = await execa('node', [join(installedPackage, 'dist/cli.js'), 'init', project, '--agent', 'claude-code,opencode'], {
		env: {PATH: PATH_WITHOUT_CODEX, HOME: tempFolder('coograph-home-')},
		extendEnv: false,
	});

	expect(exitCode).toBe(0);
	expect(stdout).toBe([
		'installed claude-code: .claude/hooks/coograph-claude-code.cjs, .claude/settings.json (5 hooks)',
		'installed opencode: .opencode/plugins/coograph.js',
		'added .coograph/ to .gitignore',
	].join('\n'));
	expect(readFileSync(join(project, '.opencode/plugins/coograph.js')).equals(readFileSync(join(installedPackage, 'dist/plugins/coograph.js')))).toBe(true);
	expect(Object.keys(treeDigest(project)).sort()).toEqual([
		'.claude/', '.claude/hooks/', '.claude/hooks/coograph-claude-code.cjs', '.claude/settings.json', '.gitignore', '.opencode/', '.opencode/plugins/', '.opencode/plugins/coograph.js',
	]);
});

it('prints each command\'s help', async () => {
	for (const command of ['init', 'uninstall', 'doctor']) {
		const {stdout} = await execa('node', [join(repoRoot, 'dist/cli.js'), command, '--help']);
		expect(stdout).toMatch(new RegExp(`^Usage: coograph ${command} \\[dir\\] \\[options\\]\n[^]*--no-codex-trust`));
	}

	const {stdout} = await execa('node', [join(repoRoot, 'dist/cli.js'), 'shell-env', '--help']);
	expect(stdout).toMatch(/^Usage: coograph shell-env \[dir\] \[--user\]\n[^]*export BASH_ENV=/);
});
