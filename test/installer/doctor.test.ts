import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {coographPackage} from '../../src/installer/coograph-package.ts';
import {coograph, isolatedEnvironment, readJson, tempFolder} from './run-installer.ts';

const {version} = coographPackage();

describe('coograph doctor', () => {
	it('passes a fresh install, saying trust is unknown without codex on PATH', async () => {
		const project = tempFolder();
		const environment = isolatedEnvironment();
		await coograph('init', [project, '--agent', 'claude-code,codex-cli,opencode'], environment);

		const run = await coograph('doctor', [project], environment);

		expect(run).toEqual({
			code: 0,
			err: [],
			out: [
				'✓ claude-code installed: .claude/hooks/coograph-claude-code.cjs, .claude/settings.json (5 of 5 hooks)',
				`✓ claude-code up to date with coograph ${version}`,
				'✓ codex-cli installed: .codex/hooks/coograph-codex-cli.cjs, .codex/hooks.json (4 of 4 hooks)',
				`✓ codex-cli up to date with coograph ${version}`,
				'? codex-cli trusted by Codex: unknown (codex is not on PATH)',
				'✓ opencode installed: .opencode/plugins/coograph.js',
				`✓ opencode up to date with coograph ${version}`,
				'- gemini-cli not installed',
				'- qwen-code not installed',
				'- copilot-cli not installed',
				'- cursor not installed',
				'- shell not installed',
				`✓ log folder writable: ${project}/.coograph (created by the first command logged)`,
				'✓ .gitignore ignores .coograph/',
				'✓ coograph.config.json: valid (or absent: the defaults)',
			],
		});
	});

	it('reports a coograph.config.json the hooks cannot use, and fails', async () => {
		const project = tempFolder();
		const environment = isolatedEnvironment();
		await coograph('init', [project, '--agent', 'claude-code'], environment);
		writeFileSync(join(project, 'coograph.config.json'), '{"block": {"findings": ["PIPE_TO_SH"]}}');

		const run = await coograph('doctor', [project], environment);

		expect(run.code).toBe(1);
		expect(run.out.at(-1)).toBe('✗ coograph.config.json: "block.findings" names no such finding: PIPE_TO_SH; "block" keeps its defaults');
	});

	it('checks only the agents installed, unless one is named', async () => {
		const project = tempFolder();
		const environment = isolatedEnvironment();
		await coograph('init', [project, '--agent', 'opencode'], environment);

		const found = await coograph('doctor', [project], environment);
		const named = await coograph('doctor', [project, '--agent', 'claude-code'], environment);

		expect(found.code).toBe(0);
		expect(found.out.slice(0, 4)).toEqual([
			'- claude-code not installed',
			'- codex-cli not installed',
			'✓ opencode installed: .opencode/plugins/coograph.js',
			`✓ opencode up to date with coograph ${version}`,
		]);
		expect(named.code).toBe(1);
		expect(named.out[0]).toBe('✗ claude-code not installed (run coograph init --agent claude-code)');
	});

	it('fails when nothing is installed', async () => {
		const project = tempFolder();
		const run = await coograph('doctor', [project], isolatedEnvironment());

		expect(run.code).toBe(1);
		expect(run.out).toContain(`✗ no agent has coograph installed in ${project} (run coograph init)`);
		expect(run.out).toContain('✗ .gitignore does not ignore .coograph/, so the logs (secrets included) could be committed (run coograph init)');
	});

	it('fails on a bundle from another version and on a missing hook entry', async () => {
		const project = tempFolder();
		const environment = isolatedEnvironment();
		await coograph('init', [project, '--agent', 'claude-code'], environment);
		writeFileSync(join(project, '.claude/hooks/coograph-claude-code.cjs'), '// another version\n');
		const settings = readJson(join(project, '.claude/settings.json'));
		delete settings.hooks.SessionEnd;
		writeFileSync(join(project, '.claude/settings.json'), JSON.stringify(settings));

		const run = await coograph('doctor', [project], environment);

		expect(run.code).toBe(1);
		expect(run.out.slice(0, 2)).toEqual([
			'✗ claude-code installed: .claude/hooks/coograph-claude-code.cjs, .claude/settings.json (4 of 5 hooks) (run coograph init)',
			`✗ claude-code bundle differs from coograph ${version}'s (run coograph init)`,
		]);
		expect((await coograph('init', [project, '--agent', 'claude-code'], environment)).code).toBe(0);
		expect((await coograph('doctor', [project], environment)).code).toBe(0);
	});

	it('fails when the log folder cannot be written', async () => {
		const project = tempFolder();
		const environment = isolatedEnvironment();
		await coograph('init', [project, '--agent', 'opencode'], environment);
		writeFileSync(join(project, '.coograph'), 'a file where the folder should be');

		const run = await coograph('doctor', [project], environment);

		expect(run.code).toBe(1);
		expect(run.out).toContain(`✗ log folder writable: ${project}/.coograph is not a folder`);
	});

	it('reports an unparsable settings file as a failed check', async () => {
		const project = tempFolder();
		mkdirSync(join(project, '.codex'));
		writeFileSync(join(project, '.codex/hooks.json'), 'nope');

		const run = await coograph('doctor', [project, '--agent', 'codex-cli'], isolatedEnvironment());

		expect(run.code).toBe(1);
		expect(run.out[0]).toMatch(new RegExp(`^✗ codex-cli installed: ${project}/.codex/hooks.json is not valid JSON`));
	});

	it('checks the user-level install with --user, and the current project\'s logs', async () => {
		const project = tempFolder();
		const environment = isolatedEnvironment();
		await coograph('init', ['--user', '--agent', 'claude-code'], environment);

		const run = await coograph('doctor', ['--user', project], environment);

		expect(run.code).toBe(0);
		expect(run.out[0]).toBe('✓ claude-code installed: ~/.claude/hooks/coograph-claude-code.cjs, ~/.claude/settings.json (5 of 5 hooks)');
		expect(run.out.slice(-2)).toEqual([`✓ log folder writable: ${project}/.coograph (created by the first command logged)`, '✓ coograph.config.json: valid (or absent: the defaults)']);
	});
});
