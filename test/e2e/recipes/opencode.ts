// OpenCode's run mode against the scripted OpenAI Chat Completions endpoint.

import {mkdir, readFile, symlink, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import type {Sandbox} from '../harness/sandbox.ts';
import {agentsModules} from '../harness/paths.ts';
import {PROMPT} from '../harness/scripted-commands.ts';
import {MODEL_URL, type AgentRecipe} from './agent-recipe.ts';

const PLUGIN_PACKAGE = '@opencode-ai/plugin';

const xdg = ({home}: Sandbox) => ({
	XDG_CONFIG_HOME: join(home, '.config'),
	XDG_DATA_HOME: join(home, '.local/share'),
	XDG_CACHE_HOME: join(home, '.cache'),
	XDG_STATE_HOME: join(home, '.local/state'),
});

export const openCode: AgentRecipe = {
	agent: 'opencode',
	async configure(sandbox) {
		await writeFile(join(sandbox.project, 'opencode.json'), JSON.stringify(projectConfig(), undefined, '\t'));
		await providePluginPackage(join(sandbox.project, '.opencode'));
		await providePluginPackage(join(xdg(sandbox).XDG_CONFIG_HOME, 'opencode'));
	},
	env: sandbox => ({
		...xdg(sandbox),
		OPENCODE_DISABLE_AUTOUPDATE: '1',
		OPENCODE_DISABLE_MODELS_FETCH: '1',
		OPENCODE_DISABLE_SHARE: '1',
		OPENCODE_DISABLE_LSP_DOWNLOAD: '1',
		OPENCODE_DISABLE_DEFAULT_PLUGINS: '1',
	}),
	command: ['opencode', 'run', '--format', 'json', PROMPT],
	reportsExitCodes: true,
	endsSession: false,
	enforcesPolicy: true,
};

function projectConfig(): object {
	return {
		provider: {
			scripted: {
				npm: '@ai-sdk/openai-compatible',
				name: 'scripted',
				options: {baseURL: `${MODEL_URL}/v1`, apiKey: 'scripted'},
				models: {'scripted-model': {name: 'scripted', tool_call: true}},
			},
		},
		model: 'scripted/scripted-model',
		permission: {bash: 'allow'},
		autoupdate: false,
		share: 'disabled',
	};
}

// OpenCode runs `npm install @opencode-ai/plugin` in every config folder that lacks it, which offline hangs for
// about 75 s. Online it would have left exactly this behind.
async function providePluginPackage(configFolder: string): Promise<void> {
	const {version} = JSON.parse(await readFile(join(agentsModules, PLUGIN_PACKAGE, 'package.json'), 'utf8')) as {version: string};
	const dependencies = {[PLUGIN_PACKAGE]: version};
	await mkdir(join(configFolder, 'node_modules/@opencode-ai'), {recursive: true});
	await symlink(join(agentsModules, PLUGIN_PACKAGE), join(configFolder, 'node_modules', PLUGIN_PACKAGE));
	await writeFile(join(configFolder, 'package.json'), JSON.stringify({dependencies}));
	await writeFile(join(configFolder, 'package-lock.json'), JSON.stringify({
		lockfileVersion: 3,
		requires: true,
		packages: {'': {dependencies}, [`node_modules/${PLUGIN_PACKAGE}`]: {version}},
	}));
}
