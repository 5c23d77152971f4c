import {stat} from 'node:fs/promises';
import {resolve} from 'node:path';
import {AGENT_NAMES} from '../event/agent-event.ts';
import {AGENT_SETUPS, type AgentSetup} from './agents.ts';
import type {InstallerArguments} from './arguments.ts';
import type {InstallerContext} from './context.ts';
import {InstallerInputError} from './errors.ts';
import {userScope, type Scope} from './scope.ts';

/** The agents named by --agent, in the table's order; all of them when none is named. */
export function selectAgents(names: readonly string[]): AgentSetup[] {
	const supported = AGENT_SETUPS.map(setup => setup.agent);
	for (const name of names) {
		if (!supported.includes(name as AgentSetup['agent'])) {
			const why = (AGENT_NAMES as readonly string[]).includes(name) ? `coograph cannot install into ${name} yet` : `unknown agent "${name}"`;
			throw new InstallerInputError(`${why} (--agent takes ${supported.join(', ')})`);
		}
	}

	return AGENT_SETUPS.filter(setup => names.length === 0 || names.includes(setup.agent));
}

/** The scope to work on and the project whose log folder matters (the directory argument, else the cwd). */
export async function resolveScope(args: InstallerArguments, context: InstallerContext, userScopeTakesDir: boolean): Promise<{scope: Scope; projectDir: string}> {
	if (args.user && args.dir !== undefined && !userScopeTakesDir) {
		throw new InstallerInputError('--user works for every project at once: leave out the directory');
	}

	const projectDir = resolve(context.cwd, args.dir ?? '.');
	const info = await stat(projectDir).catch(() => undefined);
	if (!info?.isDirectory()) {
		throw new InstallerInputError(`${projectDir} is not a directory`);
	}

	return {scope: args.user ? userScope(context.env) : {kind: 'project', dir: projectDir}, projectDir};
}
