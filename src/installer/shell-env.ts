import {access} from 'node:fs/promises';
import type {InstallerArguments} from './arguments.ts';
import type {InstallerContext} from './context.ts';
import {InstallerInputError} from './errors.ts';
import type {Scope} from './scope.ts';
import {selectInstallations} from './selection.ts';
import {shellWord} from './shell-quote.ts';

/** `coograph shell-env [dir]`: the line that puts the shell fallback in the environment of an agent started after it. */
export async function runShellEnv(args: InstallerArguments, context: InstallerContext): Promise<number> {
	if (args.agents.length > 0) {
		throw new InstallerInputError('shell-env is for the shell fallback only: leave out --agent');
	}

	const {scope, installations} = await selectInstallations({...args, agents: ['shell']}, context, 'shell-env');
	const bashEnv = installations[0]?.bashEnvPath;
	if (bashEnv === undefined || await access(bashEnv).then(() => false, () => true)) {
		context.warn(`coograph shell-env: the shell fallback is not installed (run ${coographCommand('init --agent shell', scope)})`);
		return 1;
	}

	context.say(`export BASH_ENV=${shellWord(bashEnv)}`);
	return 0;
}

/** A coograph command line for this scope: with --user, or naming the project. */
export function coographCommand(command: string, scope: Scope): string {
	return scope.kind === 'user' ? `coograph ${command} --user` : `coograph ${command} ${shellWord(scope.dir)}`;
}
