// Codex CLI's exec mode against the scripted OpenAI Responses endpoint. No --dangerously-bypass-hook-trust: the
// hooks run because `coograph init` trusted them.

import {mkdir, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import type {Sandbox} from '../harness/sandbox.ts';
import {PROMPT} from '../harness/scripted-commands.ts';
import {MODEL_URL, type AgentRecipe} from './agent-recipe.ts';

const codexHome = ({home}: Sandbox) => join(home, '.codex');

export const codexCli: AgentRecipe = {
	agent: 'codex-cli',
	async configure(sandbox) {
		await mkdir(codexHome(sandbox), {recursive: true});
		await writeFile(join(codexHome(sandbox), 'config.toml'), configToml(sandbox.project));
	},
	env: sandbox => ({CODEX_HOME: codexHome(sandbox), SCRIPTED_MODEL_KEY: 'scripted'}),
	command: ['codex', 'exec', '--json', PROMPT],
	reportsExitCodes: false,
	endsSession: true,
	enforcesPolicy: true,
};

// Trusting the project is the user's step; project hooks never run in an untrusted one. `plugins = false` keeps
// Codex from fetching its plugin catalogue at start.
function configToml(project: string): string {
	return `model = "scripted-model"
model_provider = "scripted"
approval_policy = "never"
sandbox_mode = "danger-full-access"
check_for_update_on_startup = false

[model_providers.scripted]
name = "scripted"
base_url = "${MODEL_URL}/v1"
wire_api = "responses"
env_key = "SCRIPTED_MODEL_KEY"
request_max_retries = 0
stream_max_retries = 0

[analytics]
enabled = false

[features]
plugins = false

[projects.${JSON.stringify(project)}]
trust_level = "trusted"
`;
}
