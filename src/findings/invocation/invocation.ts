import type {Feed} from '../tokenize/feed.ts';
import type {Redirect} from '../tokenize/simple-command.ts';

/** One command as it runs, once wrappers such as `sudo`, `env` or `xargs` are taken off. */
export type Invocation = {
	/** The program without its directory (`rm` for `/bin/rm`); empty for a command made only of redirections. */
	name: string;
	args: readonly string[];
	redirects: readonly Redirect[];
	/** Run through sudo, doas, su, pkexec or run0. */
	elevated: boolean;
	/** The directory an earlier `cd` of the same command line moved to; undefined where it is the agent's own. */
	cwd: string | undefined;
	/** Commands whose output reaches this one's standard input through pipes. */
	upstream: Feed<Invocation> | undefined;
	/** The command one of whose words substitutes this one's output: `$(…)`, backticks, `<(…)`. */
	enclosing: Invocation | undefined;
	/** The shell function whose body holds this command. */
	inFunction: string | undefined;
	background: boolean;
};

export type CommandLine = {
	/** Every command of the line, including those in substitutions and in scripts passed to `bash -c`, `eval`, `ssh`. */
	invocations: readonly Invocation[];
};
