// What Codex itself says about our hooks file, asked through `codex app-server` rather than re-implemented: its
// hook keys, hashes and trust, and whether it loads the project's `.codex/` folder at all.

import {realpath} from 'node:fs/promises';
import {basename, join} from 'node:path';
import {coographPackage} from '../coograph-package.ts';
import type {InstallerContext} from '../context.ts';
import {isJsonObject, type JsonObject} from '../hook-config/json-file.ts';
import type {Installation} from '../installation.ts';
import {withAppServer, type AppServer} from './app-server.ts';

/** One entry of `hooks/list`, trimmed to what coograph uses. */
export type CodexHook = {
	/** `<hooks.json path>:<event_name>:<group index>:<handler index>`: it moves when an earlier group is removed. */
	key: string;
	sourcePath: string;
	command?: string;
	/** Does not depend on the hook's position. */
	currentHash: string;
	trustStatus: 'managed' | 'untrusted' | 'trusted' | 'modified';
};

export type CodexHookSession = {
	server: AppServer;
	/** The hooks Codex reads from our hooks.json, ours and others'. */
	hooks: CodexHook[];
	/** Why Codex skips the project's `.codex/` folder; undefined when it loads it, and for user-level hooks. */
	untrustedReason?: string;
};

type HooksListResponse = {data: Array<{hooks: CodexHook[]; errors: Array<{path: string; message: string}>}>};
type ConfigLayer = {name: {type: string; dotCodexFolder?: string}; version: string; config: unknown; disabledReason?: string | null};

/** Where Codex finds our hooks, in the canonical form its answers use. */
export type CodexHooksTarget = {hooksFile: string; cwd: string; projectDir?: string};

/** Resolved while the agent folder exists: uninstall needs it again once the folder may be gone. */
export async function codexHooksTarget(installation: Installation): Promise<CodexHooksTarget> {
	const folder = await realpath(installation.folder);
	const hooksFile = join(folder, basename(installation.hooks!.file));
	if (installation.scope.kind === 'user') {
		return {hooksFile, cwd: folder};
	}

	const projectDir = await realpath(installation.scope.dir);
	return {hooksFile, cwd: projectDir, projectDir};
}

/**
 * Runs `use` with Codex's view of our hooks file. Codex lists a project's hooks only once the project is trusted;
 * for an untrusted one a second session lists them under a one-off trust override, so that they can be approved
 * before the user trusts the project.
 */
export async function withCodexHooks<T>(target: CodexHooksTarget, context: InstallerContext, use: (session: CodexHookSession) => Promise<T>): Promise<T> {
	const options = {env: context.env, clientVersion: coographPackage().version};
	const {projectDir} = target;
	if (projectDir === undefined) {
		return withAppServer(options, async server => use({server, hooks: await listHooks(server, target)}));
	}

	const first = await withAppServer(options, async server => {
		const untrustedReason = await projectUntrustedReason(server, projectDir);
		return untrustedReason === undefined ? {trusted: true as const, result: await use({server, hooks: await listHooks(server, target)})} : {trusted: false as const, untrustedReason};
	});
	if (first.trusted) {
		return first.result;
	}

	const trustOverride = `projects={${JSON.stringify(projectDir)}={trust_level="trusted"}}`;
	return withAppServer({...options, configOverrides: [trustOverride]}, async server => (
		use({server, hooks: await listHooks(server, target), untrustedReason: first.untrustedReason})
	));
}

/** The user's config.toml as Codex reads it: the approvals table and the version to write against. */
export async function userHookState(server: AppServer): Promise<{state: JsonObject; version?: string}> {
	const {layers} = await server.request<{layers: ConfigLayer[]}>('config/read', {includeLayers: true});
	const user = layers.find(layer => layer.name.type === 'user');
	const hooks = isJsonObject(user?.config) ? user.config.hooks : undefined;
	const state = isJsonObject(hooks) && isJsonObject(hooks.state) ? hooks.state : {};
	return {state, version: user?.version};
}

async function listHooks(server: AppServer, {cwd, hooksFile}: CodexHooksTarget): Promise<CodexHook[]> {
	const {data} = await server.request<HooksListResponse>('hooks/list', {cwds: [cwd]});
	const errors = data.flatMap(entry => entry.errors).filter(error => error.path === hooksFile);
	if (errors.length > 0) {
		throw new Error(`Codex cannot read ${hooksFile}: ${errors.map(error => error.message).join('; ')}`);
	}

	return data.flatMap(entry => entry.hooks).filter(hook => hook.sourcePath === hooksFile);
}

async function projectUntrustedReason(server: AppServer, dir: string): Promise<string | undefined> {
	const {layers} = await server.request<{layers: ConfigLayer[]}>('config/read', {cwd: dir, includeLayers: true});
	const projectFolder = join(dir, '.codex');
	const layer = layers.find(candidate => candidate.name.type === 'project' && candidate.name.dotCodexFolder === projectFolder);
	if (layer === undefined) {
		return `Codex does not read ${projectFolder}`;
	}

	return layer.disabledReason ?? undefined;
}
