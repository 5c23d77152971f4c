import {homedir} from 'node:os';
import {join, relative, sep} from 'node:path';

/** Where hooks go: one project's agent folders, or the user's own, which every project shares. */
export type Scope = {kind: 'project'; dir: string} | {kind: 'user'; home: string; env: NodeJS.ProcessEnv};

export type UserScope = Extract<Scope, {kind: 'user'}>;

export function userScope(env: NodeJS.ProcessEnv): UserScope {
	return {kind: 'user', home: env.HOME || homedir(), env};
}

/** A path as the user should read it: relative to the project, or under `~`. */
export function displayPath(scope: Scope, path: string): string {
	const base = scope.kind === 'project' ? scope.dir : scope.home;
	const inside = relative(base, path);
	if (inside.startsWith('..') || inside === '') {
		return path;
	}

	return scope.kind === 'project' ? inside : `~${sep}${inside}`;
}

export function codexHome(env: NodeJS.ProcessEnv, home: string): string {
	return env.CODEX_HOME || join(home, '.codex');
}

export function copilotHome(env: NodeJS.ProcessEnv, home: string): string {
	return env.COPILOT_HOME || join(home, '.copilot');
}

export function xdgConfigHome(env: NodeJS.ProcessEnv, home: string): string {
	return env.XDG_CONFIG_HOME || join(home, '.config');
}
