import {InstallerInputError} from '../errors.ts';
import {isJsonObject, type JsonObject} from './json-file.ts';

/** The settings' `hooks` object, by event name; empty when there is none. */
export function hooksTable(settings: JsonObject, where: string): JsonObject {
	const table = settings.hooks ?? {};
	if (!isJsonObject(table)) {
		throw new InstallerInputError(`${where}: "hooks" is not an object; fix it, then run again`);
	}

	return table;
}

/** What the table lists under one event; empty when the event is not there. */
export function eventEntries(table: JsonObject, event: string, where: string): unknown[] {
	const entries = table[event] ?? [];
	if (!Array.isArray(entries)) {
		throw new InstallerInputError(`${where}: "hooks.${event}" is not a list; fix it, then run again`);
	}

	return entries;
}
