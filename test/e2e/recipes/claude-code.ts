// Claude Code in print mode against the scripted Anthropic Messages endpoint.

import {mkdir, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {PROMPT} from '../harness/scripted-commands.ts';
import {MODEL_URL, type AgentRecipe} from './agent-recipe.ts';

export const claudeCode: AgentRecipe = {
	agent: 'claude-code',
	async configure({project}) {
		// In settings.local.json, so that what init merges into settings.json stays its own. Claude Code checks each
		// part of a compound command, hence `cd`, `exit` and `sh`: a refused command is refused by coograph alone.
		const allow = ['Bash(echo:*)', 'Bash(printf:*)', 'Bash(cd:*)', 'Bash(exit:*)', 'Bash(curl:*)', 'Bash(sh:*)'];
		await mkdir(join(project, '.claude'), {recursive: true});
		await writeFile(join(project, '.claude/settings.local.json'), JSON.stringify({permissions: {allow}}, undefined, '\t'));
	},
	env: () => ({
		ANTHROPIC_BASE_URL: MODEL_URL,
		ANTHROPIC_API_KEY: 'scripted',
		CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
		DISABLE_TELEMETRY: '1',
		DISABLE_ERROR_REPORTING: '1',
		DISABLE_AUTOUPDATER: '1',
	}),
	command: ['claude', '-p', PROMPT, '--output-format', 'json'],
	reportsExitCodes: true,
	endsSession: true,
	enforcesPolicy: true,
};
