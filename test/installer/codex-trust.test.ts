// Codex's hook trust, against the pinned codex the end-to-end suite drives (installed here if still missing).

import {appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {execa} from 'execa';
import {beforeAll, describe, expect, it} from 'vitest';
import {withAppServer} from '../../src/installer/codex/app-server.ts';
import {coograph, isolatedEnvironment, PATH_WITHOUT_CODEX, readJson, repoRoot, tempFolder, treeDigest} from './run-installer.ts';

const agentsBin = join(repoRoot, 'test/e2e/agents/node_modules/.bin');

type ListedHook = {key: string; command: string; sourcePath: string; currentHash: string; trustStatus: string};

beforeAll(async () => {
	await execa(process.execPath, ['scripts/install-agents.mjs'], {cwd: repoRoot});
}, 900_000);

function codexEnvironment(): NodeJS.ProcessEnv {
	return isolatedEnvironment({PATH: `${agentsBin}:${PATH_WITHOUT_CODEX}`, CODEX_HOME: tempFolder('coograph-codex-home-')});
}

function trustProject(environment: NodeJS.ProcessEnv, project: string): void {
	appendFileSync(join(environment.CODEX_HOME!, 'config.toml'), `\n[projects.${JSON.stringify(project)}]\ntrust_level = "trusted"\n`);
}

/** Codex's own verdict on every hook it would run in cwd. */
async function codexHooks(environment: NodeJS.ProcessEnv, cwd: string): Promise<ListedHook[]> {
	return withAppServer({env: environment, clientVersion: 'test'}, async server => {
		const {data} = await server.request<{data: Array<{hooks: ListedHook[]}>}>('hooks/list', {cwds: [cwd]});
		return data.flatMap(entry => entry.hooks);
	});
}

const ourCommand = (project: string) => `node "${project}/.codex/hooks/coograph-codex-cli.cjs"`;

describe('Codex hook trust', () => {
	it('approves exactly the hooks init wrote, and warns that the project itself is not trusted', async () => {
		const project = tempFolder();
		const environment = codexEnvironment();
		writeFileSync(join(project, '.gitignore'), '');
		mkdirSync(join(project, '.codex'));
		writeFileSync(join(project, '.codex/hooks.json'), JSON.stringify({hooks: {PreToolUse: [{matcher: 'Bash', hooks: [{type: 'command', command: 'echo theirs'}]}]}}));

		const run = await coograph('init', [project], environment);

		expect(run.code).toBe(0);
		expect(run.out).toContain(`trusted codex-cli: 4 hooks approved in ${environment.CODEX_HOME}/config.toml (through codex app-server)`);
		expect(run.err).toEqual([expect.stringMatching(/^warning: Codex does not trust this project yet, so it runs none of its hooks\. .*add .* as a trusted project in .*config\.toml\. Or start codex/)]);
		expect(readFileSync(join(environment.CODEX_HOME!, 'config.toml'), 'utf8')).not.toContain('trust_level');

		trustProject(environment, project);
		const hooks = await codexHooks(environment, project);
		expect(hooks.filter(hook => hook.command === ourCommand(project)).map(hook => hook.trustStatus)).toEqual(['trusted', 'trusted', 'trusted', 'trusted']);
		expect(hooks.find(hook => hook.command === 'echo theirs')?.trustStatus).toBe('untrusted');
	});

	it('in a trusted project: no warning, a second run changes nothing, and doctor agrees', async () => {
		const project = tempFolder();
		const environment = codexEnvironment();
		trustProject(environment, project);
		const first = await coograph('init', [project, '--agent', 'codex-cli'], environment);
		const config = readFileSync(join(environment.CODEX_HOME!, 'config.toml'));
		const tree = treeDigest(project);

		const second = await coograph('init', [project, '--agent', 'codex-cli'], environment);
		const doctor = await coograph('doctor', [project], environment);

		expect(first.err).toEqual([]);
		expect(second.out).toContain('codex-cli: Codex already trusts coograph\'s 4 hooks');
		expect(readFileSync(join(environment.CODEX_HOME!, 'config.toml')).equals(config)).toBe(true);
		expect(treeDigest(project)).toEqual(tree);
		expect(doctor.code).toBe(0);
		expect(doctor.out).toContain('✓ codex-cli trusted by Codex: 4 of 4 hooks');
		expect(doctor.out).toContain('✓ codex-cli project trusted by Codex');
	});

	it('lets doctor find unapproved hooks and an untrusted project', async () => {
		const project = tempFolder();
		const environment = codexEnvironment();
		const init = await coograph('init', [project, '--agent', 'codex-cli', '--no-codex-trust'], environment);

		const doctor = await coograph('doctor', [project], environment);

		expect(init.out.join('\n')).not.toContain('trust');
		expect(existsSync(join(environment.CODEX_HOME!, 'config.toml'))).toBe(false);
		expect(doctor.code).toBe(1);
		expect(doctor.out).toContain('✗ codex-cli trusted by Codex: 0 of 4 hooks (run coograph init)');
		expect(doctor.out).toContainEqual(expect.stringMatching(/^✗ codex-cli project not trusted by Codex: .*trusted project/));
	});

	it('uninstall drops our approvals and keeps the user\'s, even for a hook that moved', async () => {
		const project = tempFolder();
		const environment = codexEnvironment();
		trustProject(environment, project);
		await coograph('init', [project, '--agent', 'codex-cli'], environment);
		// The user adds a hook after ours and approves it: removing ours moves it from group 1 to group 0.
		const hooksPath = join(project, '.codex/hooks.json');
		const settings = readJson(hooksPath);
		settings.hooks.PreToolUse.push({matcher: 'Bash', hooks: [{type: 'command', command: 'echo theirs'}]});
		writeFileSync(hooksPath, JSON.stringify(settings));
		const theirs = (await codexHooks(environment, project)).find(hook => hook.command === 'echo theirs')!;
		await withAppServer({env: environment, clientVersion: 'test'}, async server => server.request('config/batchWrite', {
			edits: [{keyPath: 'hooks.state', value: {[theirs.key]: {trusted_hash: theirs.currentHash}}, mergeStrategy: 'upsert'}],
		}));

		const run = await coograph('uninstall', [project, '--agent', 'codex-cli'], environment);

		expect(run.code).toBe(0);
		expect(run.out).toContain('codex-cli: removed the approvals of coograph\'s hooks from Codex\'s config.toml');
		const after = await codexHooks(environment, project);
		expect(after).toEqual([expect.objectContaining({key: `${project}/.codex/hooks.json:pre_tool_use:0:0`, command: 'echo theirs', trustStatus: 'trusted'})]);
		const config = readFileSync(join(environment.CODEX_HOME!, 'config.toml'), 'utf8');
		expect(config.match(/trusted_hash/g)).toHaveLength(1);
		expect(config).toContain('trust_level = "trusted"');
	});

	it('approves the user-level hooks of init --user', async () => {
		const environment = codexEnvironment();

		const run = await coograph('init', ['--user', '--agent', 'codex-cli'], environment);

		expect(run.code).toBe(0);
		expect(run.err).toEqual([]);
		const hooks = await codexHooks(environment, tempFolder());
		expect(hooks.map(hook => [hook.sourcePath, hook.trustStatus])).toEqual(Array.from({length: 4}, () => [`${environment.CODEX_HOME}/hooks.json`, 'trusted']));
		expect((await coograph('doctor', ['--user', '--agent', 'codex-cli'], environment)).out).toContain('✓ codex-cli trusted by Codex: 4 of 4 hooks');
	});
});
