// GitHub Copilot CLI's prompt mode against the scripted OpenAI Chat Completions endpoint, through its
// bring-your-own-provider variables: no login.

import {mkdir, symlink} from 'node:fs/promises';
import {join} from 'node:path';
import {agentsModules} from '../harness/paths.ts';
import {PROMPT} from '../harness/scripted-commands.ts';
import {MODEL_URL, type AgentRecipe} from './agent-recipe.ts';

// Where it unpacks its application on a first run; scripts/install-agents.mjs did that once for all runs.
const PACKAGE_CACHE = 'copilot/pkg';

export const copilotCli: AgentRecipe = {
	agent: 'copilot-cli',
	async configure({home}) {
		await mkdir(join(home, '.cache/copilot'), {recursive: true});
		await symlink(join(agentsModules, '.cache', PACKAGE_CACHE), join(home, '.cache', PACKAGE_CACHE));
	},
	env: ({home}) => ({
		COPILOT_OFFLINE: 'true',
		COPILOT_PROVIDER_BASE_URL: `${MODEL_URL}/v1`,
		COPILOT_PROVIDER_API_KEY: 'scripted',
		COPILOT_PROVIDER_TYPE: 'openai',
		COPILOT_PROVIDER_WIRE_API: 'completions',
		COPILOT_MODEL: 'scripted-model',
		COPILOT_AUTO_UPDATE: 'false',
		COPILOT_HOME: join(home, '.copilot'),
	}),
	// --trust-folder is the user's trust step: without it, -p mode silently skips the repository's hooks.
	command: ['copilot', '-p', PROMPT, '--allow-all-tools', '--trust-folder', '--no-auto-update', '--output-format', 'json'],
	reportsExitCodes: true,
	endsSession: true,
	enforcesPolicy: false,
};
