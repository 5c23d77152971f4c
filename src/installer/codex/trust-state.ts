import {isJsonObject, type JsonObject} from '../hook-config/json-file.ts';
import type {CodexHook} from './codex-session.ts';

/** The `hooks.state` entries that approve the given hooks as they are now. */
export function approvals(hooks: readonly CodexHook[]): JsonObject {
	return Object.fromEntries(hooks.map(hook => [hook.key, {trusted_hash: hook.currentHash}]));
}

/**
 * The approvals table once our hooks are gone from the file. Keys hold positions, so removing a group moves the
 * hooks after it: the approvals of the file's old layout are dropped, and every hook the user had approved is
 * approved again at its new key. Ours are not, so they are gone.
 */
export function stateAfterRemoval(state: JsonObject, before: readonly CodexHook[], after: readonly CodexHook[], isOurs: (hook: CodexHook) => boolean): JsonObject {
	const approvedBefore = before.filter(hook => trustedHash(state[hook.key]) === hook.currentHash);
	const approvedHashes = new Set(approvedBefore.filter(hook => !isOurs(hook)).map(hook => hook.currentHash));
	const approvedAfter = approvals(after.filter(hook => approvedHashes.has(hook.currentHash)));
	const dropped = new Set(approvedBefore.map(hook => hook.key));
	// Built in the table's order, so that entries keep their place in config.toml.
	const next: JsonObject = {};
	for (const [key, entry] of Object.entries(state)) {
		if (!dropped.has(key)) {
			next[key] = entry;
		} else if (key in approvedAfter) {
			next[key] = approvedAfter[key];
		}
	}

	return {...next, ...approvedAfter};
}

function trustedHash(entry: unknown): unknown {
	return isJsonObject(entry) ? entry.trusted_hash : undefined;
}
