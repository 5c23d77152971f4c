// Qwen Code's headless mode against the scripted OpenAI Chat Completions endpoint.

import {PROMPT} from '../harness/scripted-commands.ts';
import {MODEL_URL, type AgentRecipe} from './agent-recipe.ts';

export const qwenCode: AgentRecipe = {
	agent: 'qwen-code',
	configure: async () => {},
	env: () => ({OPENAI_BASE_URL: `${MODEL_URL}/v1`, OPENAI_API_KEY: 'scripted', OPENAI_MODEL: 'scripted-model'}),
	command: ['qwen', '-p', PROMPT, '--yolo', '--output-format', 'json'],
	reportsExitCodes: true,
	// Its -p mode never fires SessionEnd.
	endsSession: false,
	enforcesPolicy: true,
};
