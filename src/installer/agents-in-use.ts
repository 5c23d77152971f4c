import {stat} from 'node:fs/promises';
import {join} from 'node:path';
import {isOnPath} from './command-on-path.ts';
import type {InstallerContext} from './context.ts';
import {InstallerInputError} from './errors.ts';
import type {Installation} from './installation.ts';
import {displayPath, userScope, type Scope} from './scope.ts';

/**
 * For `init` without --agent: the agents the project or the user already uses, each with what shows it (its folder
 * in the project or the user's home, or its command on PATH). Says what it found; finding none is an input error.
 */
export async function agentsInUse(installations: readonly Installation[], context: InstallerContext): Promise<Installation[]> {
	const found: Array<{installation: Installation; clue: string}> = [];
	for (const installation of installations) {
		const clue = await clueOfUse(installation, context.env);
		if (clue !== undefined) {
			found.push({installation, clue});
		}
	}

	if (found.length === 0) {
		throw new InstallerInputError('found no agent in use (no agent folder here or in your home, no agent command on PATH): name them with --agent, or use --agent all');
	}

	context.say(`found ${found.map(({installation, clue}) => `${installation.setup.agent} (${clue})`).join(', ')}`);
	return found.map(({installation}) => installation);
}

async function clueOfUse({setup, scope}: Installation, env: NodeJS.ProcessEnv): Promise<string | undefined> {
	if (setup.inUse === undefined) {
		return undefined;
	}

	const user = userScope(env);
	const places: Array<{scope: Scope; folder: string}> = [{scope: user, folder: setup.folder.user(env, user.home)}];
	if (scope.kind === 'project') {
		places.unshift({scope, folder: join(scope.dir, setup.inUse.projectPath ?? setup.folder.project)});
	}

	for (const place of places) {
		if ((await stat(place.folder).catch(() => undefined))?.isDirectory()) {
			return displayPath(place.scope, place.folder);
		}
	}

	for (const command of setup.inUse.commands) {
		if (await isOnPath(command, env)) {
			return `${command} on PATH`;
		}
	}

	return undefined;
}
