// Gemini CLI's headless mode against the scripted Gemini REST endpoint.

import {mkdir, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {PROMPT} from '../harness/scripted-commands.ts';
import {MODEL_URL, type AgentRecipe} from './agent-recipe.ts';

export const geminiCli: AgentRecipe = {
	agent: 'gemini-cli',
	async configure({home, project}) {
		const userFolder = join(home, '.gemini');
		await mkdir(userFolder, {recursive: true});
		// Without a chosen auth method, gemini -p exits with 41 before it reads the key.
		await writeFile(join(userFolder, 'settings.json'), JSON.stringify({security: {auth: {selectedType: 'gemini-api-key'}}}, undefined, '\t'));
		// The user's trust step: in an untrusted folder gemini -p exits with 55, and project hooks never load.
		await writeFile(join(userFolder, 'trustedFolders.json'), JSON.stringify({[project]: 'TRUST_FOLDER'}, undefined, '\t'));
	},
	env: () => ({GOOGLE_GEMINI_BASE_URL: MODEL_URL, GEMINI_API_KEY: 'scripted'}),
	command: ['gemini', '-p', PROMPT, '--yolo', '--model', 'gemini-2.5-flash', '--output-format', 'json'],
	reportsExitCodes: true,
	endsSession: true,
	enforcesPolicy: true,
};
