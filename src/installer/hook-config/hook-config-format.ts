import {addOurHooks, countOurHooks, removeOurHooks, type OurHooks} from './claude-style.ts';
import {flatStyle} from './flat-style.ts';
import type {JsonObject} from './json-file.ts';

/** How one family of agents lays out hook entries in its settings file. */
export type HookConfigFormat = {
	add: (settings: JsonObject, ours: OurHooks, where: string) => JsonObject;
	remove: (settings: JsonObject, isOurs: OurHooks['isOurs'], where: string) => {settings: JsonObject; removed: number};
	count: (settings: JsonObject, ours: OurHooks, where: string) => number;
};

/** Claude Code, Codex CLI, Qwen Code, Gemini CLI. */
export const CLAUDE_STYLE: HookConfigFormat = {add: addOurHooks, remove: removeOurHooks, count: countOurHooks};

/** Copilot CLI's own format (version 1, camelCase events), the command in `bash`, the timeout in seconds. */
export const COPILOT_STYLE = flatStyle({
	commandKey: 'bash',
	handler: ours => ({type: 'command', bash: ours.command, timeoutSec: ours.timeout}),
});

/** Cursor's hooks.json, the timeout in seconds. */
export const CURSOR_STYLE = flatStyle({
	commandKey: 'command',
	handler: ours => ({command: ours.command, timeout: ours.timeout}),
});
