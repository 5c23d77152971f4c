import {parseInstallerArguments, type InstallerArguments} from './arguments.ts';
import {processContext, type InstallerContext} from './context.ts';
import {runDoctor} from './doctor.ts';
import {InstallerInputError} from './errors.ts';
import {HELP} from './help.ts';
import {runInit} from './init.ts';
import {runShellEnv} from './shell-env.ts';
import {runUninstall} from './uninstall.ts';

export type InstallerCommand = 'init' | 'uninstall' | 'doctor' | 'shell-env';

const COMMANDS: Record<InstallerCommand, (args: InstallerArguments, context: InstallerContext) => Promise<number>> = {
	init: runInit,
	uninstall: runUninstall,
	doctor: runDoctor,
	'shell-env': runShellEnv,
};

/** `coograph init | uninstall | doctor | shell-env`: returns the exit code (2 for bad input, with nothing changed). */
export async function runInstaller(command: InstallerCommand, argv: string[], context = processContext()): Promise<number> {
	try {
		const args = parseInstallerArguments(argv);
		if (args.help) {
			context.say(HELP[command]);
			return 0;
		}

		return await COMMANDS[command](args, context);
	} catch (error) {
		context.warn(`coograph ${command}: ${(error as Error).message}`);
		return error instanceof InstallerInputError ? error.exitCode : 1;
	}
}
