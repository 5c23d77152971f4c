// The settings each agent beyond Claude Code, Codex and OpenCode gets, and their exact removal.

import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {coographPackage} from '../../src/installer/coograph-package.ts';
import {builtFile, coograph, isolatedEnvironment, readJson, tempFolder, treeDigest} from './run-installer.ts';

const {version} = coographPackage();

const GEMINI_TRUST = 'still to do for gemini-cli: Gemini CLI runs a project\'s hooks only in a trusted folder: trust it when gemini asks, or add it to ~/.gemini/trustedFolders.json (GEMINI_CLI_TRUST_WORKSPACE=true trusts it for one run; untrusted, gemini -p exits with code 55)';
const COPILOT_TRUST = 'still to do for copilot-cli: Copilot CLI loads a repository\'s hooks in -p mode only in a trusted folder: trust it when copilot asks, or pass --trust-folder (or set COPILOT_ALLOW_ALL=true)';

describe('coograph init for Gemini CLI, Qwen Code, Copilot CLI and Cursor', () => {
	it('writes each agent\'s own settings, and says what is left to the user', async () => {
		const project = tempFolder();

		const run = await coograph('init', [project, '--agent', 'gemini-cli,qwen-code,copilot-cli,cursor'], isolatedEnvironment());

		expect(run).toEqual({code: 0, err: [], out: [
			'installed gemini-cli: .gemini/hooks/coograph-gemini-cli.cjs, .gemini/settings.json (4 hooks)',
			'installed qwen-code: .qwen/hooks/coograph-qwen-code.cjs, .qwen/settings.json (5 hooks)',
			'installed copilot-cli: .github/hooks/coograph-copilot-cli.cjs, .github/hooks/coograph.json (4 hooks)',
			'installed cursor: .cursor/hooks/coograph-cursor.cjs, .cursor/hooks.json (2 hooks)',
			'added .coograph/ to .gitignore',
			GEMINI_TRUST,
			COPILOT_TRUST,
			'still to do for cursor: Cursor runs a project\'s hooks only in a trusted workspace; restart Cursor to load them',
		]});
		for (const agent of ['gemini-cli', 'qwen-code', 'cursor']) {
			const folder = agent === 'cursor' ? '.cursor' : `.${agent.split('-')[0]}`;
			expect(readFileSync(join(project, folder, `hooks/coograph-${agent}.cjs`)).equals(readFileSync(builtFile(`hooks/coograph-${agent}.cjs`)))).toBe(true);
		}

		// Gemini CLI puts a shell-quoted path in place of $GEMINI_PROJECT_DIR, so it stands outside the quotes.
		const gemini = {type: 'command', command: 'node $GEMINI_PROJECT_DIR/".gemini/hooks/coograph-gemini-cli.cjs"', timeout: 10_000};
		expect(readJson(join(project, '.gemini/settings.json'))).toEqual({hooks: {
			BeforeTool: [{matcher: 'run_shell_command', hooks: [gemini]}],
			AfterTool: [{matcher: 'run_shell_command', hooks: [gemini]}],
			SessionStart: [{hooks: [gemini]}],
			SessionEnd: [{hooks: [gemini]}],
		}});
		const qwen = {type: 'command', command: 'node "$QWEN_PROJECT_DIR/.qwen/hooks/coograph-qwen-code.cjs"', timeout: 10};
		expect(readJson(join(project, '.qwen/settings.json'))).toEqual({hooks: {
			PreToolUse: [{matcher: 'run_shell_command', hooks: [qwen]}],
			PostToolUse: [{matcher: 'run_shell_command', hooks: [qwen]}],
			PostToolUseFailure: [{matcher: 'run_shell_command', hooks: [qwen]}],
			SessionStart: [{hooks: [qwen]}],
			SessionEnd: [{hooks: [qwen]}],
		}});
		const copilot = {type: 'command', bash: 'node "$COPILOT_PROJECT_DIR/.github/hooks/coograph-copilot-cli.cjs"', timeoutSec: 10};
		expect(readJson(join(project, '.github/hooks/coograph.json'))).toEqual({version: 1, hooks: {
			preToolUse: [copilot], postToolUse: [copilot], sessionStart: [copilot], sessionEnd: [copilot],
		}});
		const cursor = {command: `node "${project}/.cursor/hooks/coograph-cursor.cjs"`, timeout: 10};
		expect(readJson(join(project, '.cursor/hooks.json'))).toEqual({version: 1, hooks: {beforeShellExecution: [cursor], afterShellExecution: [cursor]}});
	});

	it('escapes what the shell would expand in the paths it writes', async () => {
		const project = join(tempFolder(), 'a "$HOME" `x` project');
		mkdirSync(project);

		await coograph('init', [project, '--agent', 'cursor'], isolatedEnvironment());

		expect(readJson(join(project, '.cursor/hooks.json')).hooks.beforeShellExecution[0].command)
			.toBe(`node "${project.replaceAll('"', '\\"').replaceAll('$', '\\$').replaceAll('`', '\\`')}/.cursor/hooks/coograph-cursor.cjs"`);
	});

	// Settings files laid out as JSON.stringify would, which is how coograph writes them back.
	it('gives back a project with its own settings of every agent byte for byte', async () => {
		const project = tempFolder();
		const environment = isolatedEnvironment();
		const files = {
			'.gemini/settings.json': `${JSON.stringify({security: {auth: {selectedType: 'gemini-api-key'}}, hooks: {BeforeTool: [{matcher: 'write_file', hooks: [{type: 'command', command: './lint.sh', timeout: 5000}]}]}}, undefined, 2)}\n`,
			'.qwen/settings.json': '{\n    "model": {\n        "name": "qwen3-coder"\n    }\n}',
			'.github/workflows/ci.yml': 'on: push\n',
			'.github/hooks/policy.json': '{"version": 1, "hooks": {"preToolUse": [{"type": "command", "bash": "./policy.sh"}]}}\n',
			'.cursor/hooks.json': `${JSON.stringify({version: 1, hooks: {stop: [{command: './hooks/done.sh'}], beforeShellExecution: [{command: './hooks/guard.sh'}]}}, undefined, '\t')}\n`,
			'.cursor/rules/style.mdc': 'tabs\n',
			'.gitignore': '.coograph/\n',
		};
		for (const [path, content] of Object.entries(files)) {
			mkdirSync(join(project, path, '..'), {recursive: true});
			writeFileSync(join(project, path), content);
		}

		const before = treeDigest(project);
		await coograph('init', [project, '--agent', 'all'], environment);
		expect(readJson(join(project, '.cursor/hooks.json')).hooks.beforeShellExecution).toHaveLength(2);
		expect(readJson(join(project, '.gemini/settings.json')).security).toEqual({auth: {selectedType: 'gemini-api-key'}});

		const run = await coograph('uninstall', [project], environment);

		expect(run.code).toBe(0);
		expect(run.out).toContain('removed copilot-cli: .github/hooks/coograph-copilot-cli.cjs, 4 hooks from .github/hooks/coograph.json (now empty, removed)');
		expect(run.out).toContain('removed cursor: .cursor/hooks/coograph-cursor.cjs, 2 hooks from .cursor/hooks.json');
		expect(run.out).toContain('removed shell: .coograph-shell/hooks/coograph-shell.cjs, .coograph-shell/bash-env.sh');
		expect(treeDigest(project)).toEqual(before);
	});
});

describe('coograph init --user for the other agents', () => {
	it('installs into ~/.gemini, ~/.qwen, $COPILOT_HOME/hooks, ~/.cursor and ~/.config/coograph/shell', async () => {
		const copilotHome = tempFolder('coograph-copilot-home-');
		const environment = isolatedEnvironment({COPILOT_HOME: copilotHome});
		const home = environment.HOME!;

		const run = await coograph('init', ['--user', '--agent', 'gemini-cli,qwen-code,copilot-cli,cursor,shell'], environment);

		expect(run.code).toBe(0);
		expect(run.out.slice(0, 5)).toEqual([
			'installed gemini-cli: ~/.gemini/hooks/coograph-gemini-cli.cjs, ~/.gemini/settings.json (4 hooks)',
			'installed qwen-code: ~/.qwen/hooks/coograph-qwen-code.cjs, ~/.qwen/settings.json (5 hooks)',
			`installed copilot-cli: ${copilotHome}/hooks/coograph-copilot-cli.cjs, ${copilotHome}/hooks/coograph.json (4 hooks)`,
			'installed cursor: ~/.cursor/hooks/coograph-cursor.cjs, ~/.cursor/hooks.json (2 hooks)',
			'installed shell: ~/.config/coograph/shell/hooks/coograph-shell.cjs, ~/.config/coograph/shell/bash-env.sh',
		]);
		// Only Cursor asks something of the user at this level; folder trust concerns a project's own hooks.
		expect(run.out.filter(line => line.startsWith('still to do'))).toEqual([
			'still to do for cursor: restart Cursor to load the hooks',
			'still to do for shell: start the agent from a shell where you ran: eval "$(coograph shell-env --user)"',
		]);
		expect(readJson(join(home, '.gemini/settings.json')).hooks.AfterTool[0].hooks[0].command).toBe(`node "${home}/.gemini/hooks/coograph-gemini-cli.cjs" --user`);
		expect(readJson(join(copilotHome, 'hooks/coograph.json')).hooks.postToolUse[0].bash).toBe(`node "${copilotHome}/hooks/coograph-copilot-cli.cjs" --user`);
		expect(readJson(join(home, '.cursor/hooks.json')).hooks.afterShellExecution[0].command).toBe(`node "${home}/.cursor/hooks/coograph-cursor.cjs" --user`);

		expect((await coograph('uninstall', ['--user'], environment)).code).toBe(0);
		expect(treeDigest(home)).toEqual({});
		expect(treeDigest(copilotHome)).toEqual({});
	});
});

describe('coograph doctor for the other agents', () => {
	it('checks them, reminds what only the user can do, and misses a missing BASH_ENV script', async () => {
		const project = tempFolder();
		const environment = isolatedEnvironment();
		await coograph('init', [project, '--agent', 'gemini-cli,shell'], environment);

		const run = await coograph('doctor', [project, '--agent', 'gemini-cli,shell'], environment);

		expect(run.code).toBe(0);
		expect(run.out.slice(0, 6)).toEqual([
			'✓ gemini-cli installed: .gemini/hooks/coograph-gemini-cli.cjs, .gemini/settings.json (4 of 4 hooks)',
			`✓ gemini-cli up to date with coograph ${version}`,
			`? ${GEMINI_TRUST.replace('still to do for gemini-cli', 'gemini-cli')}`,
			'✓ shell installed: .coograph-shell/hooks/coograph-shell.cjs, .coograph-shell/bash-env.sh',
			`✓ shell up to date with coograph ${version}`,
			`? shell: start the agent from a shell where you ran: eval "$(coograph shell-env ${project})"`,
		]);

		rmSync(join(project, '.coograph-shell/bash-env.sh'));
		const broken = await coograph('doctor', [project, '--agent', 'shell'], environment);
		expect(broken.code).toBe(1);
		expect(broken.out[0]).toBe('✗ shell installed: .coograph-shell/hooks/coograph-shell.cjs, .coograph-shell/bash-env.sh missing (run coograph init)');
	});
});
