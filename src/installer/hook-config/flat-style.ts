// The layout of Copilot CLI's and Cursor's hook files: a version, and under each event a flat list of handlers.
// {"version": 1, "hooks": {"preToolUse": [{"type": "command", "bash": "…", "timeoutSec": 10}]}}

import {isDeepStrictEqual} from 'node:util';
import type {OurHooks} from './claude-style.ts';
import type {HookConfigFormat} from './hook-config-format.ts';
import {eventEntries, hooksTable} from './hooks-table.ts';
import {isJsonObject, type JsonObject} from './json-file.ts';

/** One agent's handler: the key holding its command line, and the whole handler coograph writes. */
export type FlatHandler = {
	commandKey: string;
	handler: (ours: OurHooks) => JsonObject;
};

export function flatStyle(shape: FlatHandler): HookConfigFormat {
	const isOurHandler = (handler: unknown, isOurs: OurHooks['isOurs']) => {
		const command = isJsonObject(handler) ? handler[shape.commandKey] : undefined;
		return typeof command === 'string' && isOurs(command);
	};

	return {
		add(settings, ours, where) {
			const table = hooksTable(settings, where);
			const nextTable = {...table};
			for (const {event} of ours.events) {
				nextTable[event] = withOurHandler(eventEntries(table, event, where), shape.handler(ours), handler => isOurHandler(handler, ours.isOurs));
			}

			// A new file needs the version; an existing one keeps its own.
			return {version: 1, ...settings, hooks: nextTable};
		},

		remove(settings, isOurs, where) {
			if (settings.hooks === undefined) {
				return {settings, removed: 0};
			}

			const nextTable: JsonObject = {};
			let removed = 0;
			for (const [event, handlers] of Object.entries(hooksTable(settings, where))) {
				if (!Array.isArray(handlers)) {
					nextTable[event] = handlers;
					continue;
				}

				const kept = handlers.filter(handler => !isOurHandler(handler, isOurs));
				removed += handlers.length - kept.length;
				if (kept.length > 0 || handlers.length === 0) {
					nextTable[event] = kept;
				}
			}

			if (removed === 0) {
				return {settings, removed};
			}

			if (Object.keys(nextTable).length > 0) {
				return {settings: {...settings, hooks: nextTable}, removed};
			}

			// Without hooks, a version alone says nothing: the file held only ours.
			const {hooks: _ours, ...rest} = settings;
			return {settings: Object.keys(rest).every(key => key === 'version') ? {} : rest, removed};
		},

		count(settings, ours, where) {
			const table = hooksTable(settings, where);
			return ours.events.filter(({event}) => eventEntries(table, event, where).some(handler => isDeepStrictEqual(handler, shape.handler(ours)))).length;
		},
	};
}

/** The list with our handler in place of any we wrote before (where the first stood), or appended. */
function withOurHandler(handlers: unknown[], wanted: JsonObject, isOurs: (handler: unknown) => boolean): unknown[] {
	const next = [];
	let placed = false;
	for (const handler of handlers) {
		if (!isOurs(handler)) {
			next.push(handler);
		} else if (!placed) {
			next.push(wanted);
			placed = true;
		}
	}

	return placed ? next : [...next, wanted];
}
