#!/usr/bin/env node
// coograph's command line: one sub-command per concern, each in its own folder.

// Each command loads its own code when it runs: `audit` at 2 AM should not wait for the installer's dependencies.
const installer = async () => (await import('../installer/cli.ts')).runInstaller;

const USAGE = `Usage: coograph <command> [options]

Commands:
  init [dir]        install the hooks into a project (or --user)
  uninstall [dir]   remove exactly what init added; logs are kept
  doctor [dir]      check the installation, per agent
  shell-env [dir]   print the BASH_ENV line for agents without hooks (after init --agent shell)
  audit <query>     answer incident questions from the logs

Run "coograph <command> --help" for a command's options.`;

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
	init: async argv => (await installer())('init', argv),
	uninstall: async argv => (await installer())('uninstall', argv),
	doctor: async argv => (await installer())('doctor', argv),
	'shell-env': async argv => (await installer())('shell-env', argv),
	audit: async argv => (await import('../audit/cli.ts')).runAudit(argv),
};

async function main(argv: string[]): Promise<number> {
	const [name, ...rest] = argv;
	if (name === undefined || name === '--help' || name === '-h') {
		console.log(USAGE);
		return name === undefined ? 2 : 0;
	}

	const command = COMMANDS[name];
	if (command === undefined) {
		console.error(`coograph: unknown command "${name}"\n\n${USAGE}`);
		return 2;
	}

	return command(rest);
}

process.exitCode = await main(process.argv.slice(2));
