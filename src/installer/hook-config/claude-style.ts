// Claude Code's layout of hook settings, shared by Codex CLI (and by Qwen Code and Gemini CLI):
// {"hooks": {"PreToolUse": [{"matcher": "Bash", "hooks": [{"type": "command", "command": "…", "timeout": 10}]}]}}

import {isDeepStrictEqual} from 'node:util';
import {eventEntries, hooksTable} from './hooks-table.ts';
import {isJsonObject, type JsonObject} from './json-file.ts';

export type HookEvent = {event: string; matcher?: string};

export type OurHooks = {
	events: readonly HookEvent[];
	command: string;
	/** In the unit the agent expects. */
	timeout: number;
	/** Recognises a handler coograph wrote, in this version or an older one. */
	isOurs: (command: string) => boolean;
};

/** The settings with exactly one group of ours per event, in place of any we wrote before; the rest untouched. */
export function addOurHooks(settings: JsonObject, ours: OurHooks, where: string): JsonObject {
	const table = hooksTable(settings, where);
	const nextTable = {...table};
	for (const hook of ours.events) {
		nextTable[hook.event] = withOurGroup(eventEntries(table, hook.event, where), ourGroup(hook, ours), ours.isOurs);
	}

	return {...settings, hooks: nextTable};
}

/** The settings without any handler of ours, dropping the groups, lists and table that only ours filled. */
export function removeOurHooks(settings: JsonObject, isOurs: OurHooks['isOurs'], where: string): {settings: JsonObject; removed: number} {
	if (settings.hooks === undefined) {
		return {settings, removed: 0};
	}

	const table = hooksTable(settings, where);
	const nextTable: JsonObject = {};
	let removed = 0;
	for (const [event, groups] of Object.entries(table)) {
		if (!Array.isArray(groups)) {
			nextTable[event] = groups;
			continue;
		}

		const kept = [];
		for (const group of groups) {
			const handlers = handlersOf(group);
			const others = handlers?.filter(handler => !isOurHandler(handler, isOurs));
			if (handlers === undefined || others === undefined || others.length === handlers.length) {
				kept.push(group);
				continue;
			}

			removed += handlers.length - others.length;
			if (others.length > 0) {
				kept.push({...(group as JsonObject), hooks: others});
			}
		}

		if (kept.length > 0 || groups.length === 0) {
			nextTable[event] = kept;
		}
	}

	if (removed === 0) {
		return {settings, removed};
	}

	const {hooks: _ours, ...rest} = settings;
	return {settings: Object.keys(nextTable).length === 0 ? rest : {...settings, hooks: nextTable}, removed};
}

/** How many of our events carry our group exactly as this version writes it. */
export function countOurHooks(settings: JsonObject, ours: OurHooks, where: string): number {
	const table = hooksTable(settings, where);
	return ours.events.filter(hook => eventEntries(table, hook.event, where).some(group => isDeepStrictEqual(group, ourGroup(hook, ours)))).length;
}

function ourGroup(hook: HookEvent, ours: OurHooks): JsonObject {
	const handler = {type: 'command', command: ours.command, timeout: ours.timeout};
	return hook.matcher === undefined ? {hooks: [handler]} : {matcher: hook.matcher, hooks: [handler]};
}

function withOurGroup(groups: unknown[], wanted: JsonObject, isOurs: OurHooks['isOurs']): unknown[] {
	const next = [];
	let placed = false;
	for (const group of groups) {
		const handlers = handlersOf(group);
		const others = handlers?.filter(handler => !isOurHandler(handler, isOurs));
		if (handlers === undefined || others === undefined || others.length === handlers.length) {
			next.push(group);
		} else if (others.length === 0) {
			// Our own group, from an earlier run: updated where it stands, so no other hook moves.
			if (!placed) {
				next.push(wanted);
				placed = true;
			}
		} else {
			next.push({...(group as JsonObject), hooks: others});
		}
	}

	if (!placed) {
		next.push(wanted);
	}

	return next;
}

function handlersOf(group: unknown): unknown[] | undefined {
	return isJsonObject(group) && Array.isArray(group.hooks) ? group.hooks : undefined;
}

function isOurHandler(handler: unknown, isOurs: OurHooks['isOurs']): boolean {
	return isJsonObject(handler) && typeof handler.command === 'string' && isOurs(handler.command);
}
