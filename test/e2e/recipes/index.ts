// Every real agent the end-to-end suite drives.

import type {AgentRecipe} from './agent-recipe.ts';
import {claudeCode} from './claude-code.ts';
import {codexCli} from './codex-cli.ts';
import {copilotCli} from './copilot-cli.ts';
import {geminiCli} from './gemini-cli.ts';
import {openCode} from './opencode.ts';
import {qwenCode} from './qwen-code.ts';

export const RECIPES: AgentRecipe[] = [claudeCode, codexCli, openCode, geminiCli, qwenCode, copilotCli];
