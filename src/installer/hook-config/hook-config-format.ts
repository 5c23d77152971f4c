import {addOurHooks, countOurHooks, removeOurHooks, type OurHooks} from './claude-style.ts';
import type {JsonObject} from './json-file.ts';

/** How one family of agents lays out hook entries in its settings file. */
export type HookConfigFormat = {
	add: (settings: JsonObject, ours: OurHooks, where: string) => JsonObject;
	remove: (settings: JsonObject, isOurs: OurHooks['isOurs'], where: string) => {settings: JsonObject; removed: number};
	count: (settings: JsonObject, ours: OurHooks, where: string) => number;
};

/** Claude Code, Codex CLI, Qwen Code, Gemini CLI. */
export const CLAUDE_STYLE: HookConfigFormat = {add: addOurHooks, remove: removeOurHooks, count: countOurHooks};
