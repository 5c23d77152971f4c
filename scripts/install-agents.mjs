#!/usr/bin/env node
// Installs the pinned agents that the end-to-end suite drives into test/e2e/agents/node_modules (about 1.9 GB with
// Copilot's unpacked application), apart from coograph's own dependencies. Idempotent: a run that finds this lock
// file's install in place does nothing. Usage: node scripts/install-agents.mjs
import {createHash} from 'node:crypto';
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {execa} from 'execa';

const agentsFolder = new URL('../test/e2e/agents/', import.meta.url).pathname;
const installedStamp = join(agentsFolder, 'node_modules/.coograph-agents-installed');
// Copilot CLI unpacks its 235 MB application into $XDG_CACHE_HOME/copilot/pkg on its first run (about 5 s). It is
// unpacked here once, and each test run's throw-away HOME links to it (test/e2e/recipes/copilot-cli.ts).
const copilotCache = join(agentsFolder, 'node_modules/.cache');

// Each agent's command and its package: an install whose scripts were skipped, or that lacks the platform package
// holding the native binary, leaves a stub that cannot print the pinned version.
const AGENT_COMMANDS = {
	claude: '@anthropic-ai/claude-code',
	codex: '@openai/codex',
	opencode: 'opencode-ai',
	gemini: '@google/gemini-cli',
	qwen: '@qwen-code/qwen-code',
	copilot: '@github/copilot',
};

const lockDigest = createHash('sha256').update(await readFile(join(agentsFolder, 'package-lock.json'))).digest('hex');

if (await readFile(installedStamp, 'utf8').catch(() => '') === lockDigest) {
	console.log('install-agents: pinned agents already installed');
} else {
	const started = Date.now();
	console.log('install-agents: installing the pinned agents (about 1.9 GB)…');
	// npm passes npm_* variables to the scripts it runs; they would point a nested npm at coograph's own folder.
	const environment = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')));
	// Not `npm ci`: the lock lacks the platform packages the registry doesn't serve, which `ci` rejects as out of
	// sync. `install --no-save` installs exactly the locked versions and leaves the lock file untouched.
	await execa('npm', ['install', '--no-save', '--prefix', agentsFolder, '--no-audit', '--no-fund', '--loglevel=error'], {
		cwd: agentsFolder,
		env: environment,
		extendEnv: false,
		stdio: 'inherit',
	});
	await verifyAgents();
	await writeFile(installedStamp, lockDigest);
	console.log(`install-agents: done in ${Math.round((Date.now() - started) / 1000)} s`);
}

async function verifyAgents() {
	const {dependencies} = JSON.parse(await readFile(join(agentsFolder, 'package.json'), 'utf8'));
	// Some agents write state under HOME even for --version.
	const home = await mkdtemp(join(tmpdir(), 'coograph-agents-'));
	try {
		for (const [command, packageName] of Object.entries(AGENT_COMMANDS)) {
			const cache = command === 'copilot' ? copilotCache : home;
			const {stdout} = await execa(join(agentsFolder, 'node_modules/.bin', command), ['--version'], {
				env: {PATH: process.env.PATH, HOME: home, XDG_DATA_HOME: home, XDG_CONFIG_HOME: home, XDG_CACHE_HOME: cache, XDG_STATE_HOME: home},
				extendEnv: false,
			});
			if (!stdout.includes(dependencies[packageName])) {
				throw new Error(`install-agents: ${command} --version printed "${stdout}", expected ${packageName}@${dependencies[packageName]}`);
			}
		}
	} finally {
		await rm(home, {recursive: true, force: true});
	}
}
