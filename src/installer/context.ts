/** What a command reads from and writes to: the real process in the CLI, a controlled one in tests. */
export type InstallerContext = {
	env: NodeJS.ProcessEnv;
	cwd: string;
	/** One line of the command's report, on stdout. */
	say: (line: string) => void;
	/** One line of warning or error, on stderr. */
	warn: (line: string) => void;
};

export function processContext(): InstallerContext {
	return {
		env: process.env,
		cwd: process.cwd(),
		say: line => process.stdout.write(`${line}\n`),
		warn: line => process.stderr.write(`${line}\n`),
	};
}
