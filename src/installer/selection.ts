import {stat} from 'node:fs/promises';
import {resolve} from 'node:path';
import {AGENT_SETUPS, type AgentSetup} from './agents.ts';
import type {InstallerArguments} from './arguments.ts';
import type {InstallerCommand} from './cli.ts';
import {coographPackage} from './coograph-package.ts';
import type {InstallerContext} from './context.ts';
import {InstallerInputError} from './errors.ts';
import {resolveInstallation, type Installation} from './installation.ts';
import {userScope, type Scope} from './scope.ts';

/** The agents named by --agent ("all" names every one), in the table's order; all of them when none is named. */
function selectAgents(names: readonly string[]): AgentSetup[] {
	const supported: readonly string[] = AGENT_SETUPS.map(setup => setup.agent);
	for (const name of names) {
		if (name !== 'all' && !supported.includes(name)) {
			throw new InstallerInputError(`unknown agent "${name}" (--agent takes ${supported.join(', ')}, or all)`);
		}
	}

	return AGENT_SETUPS.filter(setup => names.length === 0 || names.includes('all') || names.includes(setup.agent));
}

/** What a command works on: the scope, the installations of the agents selected, and the project whose logs matter. */
export async function selectInstallations(args: InstallerArguments, context: InstallerContext, command: InstallerCommand): Promise<{scope: Scope; projectDir: string; installations: Installation[]}> {
	// doctor --user [dir] checks dir's log folder; init and uninstall --user have no use for one.
	if (args.user && args.dir !== undefined && command !== 'doctor') {
		throw new InstallerInputError('--user works for every project at once: leave out the directory');
	}

	const projectDir = resolve(context.cwd, args.dir ?? '.');
	const info = await stat(projectDir).catch(() => undefined);
	if (!info?.isDirectory()) {
		throw new InstallerInputError(`${projectDir} is not a directory`);
	}

	const scope: Scope = args.user ? userScope(context.env) : {kind: 'project', dir: projectDir};
	const coograph = coographPackage();
	return {scope, projectDir, installations: selectAgents(args.agents).map(setup => resolveInstallation(setup, scope, coograph))};
}
