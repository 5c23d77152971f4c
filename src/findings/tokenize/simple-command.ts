// What the tokenizer gives: every simple command of a script, wherever it was nested, with its words as the shell
// would pass them once quotes are removed. Expansions are kept as written (`$HOME`, `$(pwd)`): they are not run.

import type {Feed} from './feed.ts';

export type RedirectOperator = '<' | '>' | '>>' | '>|' | '<>' | '>&' | '<&' | '&>' | '&>>' | '<<' | '<<-' | '<<<';

export type Redirect = {
	operator: RedirectOperator;
	/** The file or descriptor; for a here-document, its body; for a here-string, its word. */
	target: string;
};

export type SimpleCommand = {
	words: string[];
	redirects: Redirect[];
	/** Commands whose output reaches this one's standard input through pipes, directly or not. */
	upstream: Feed<SimpleCommand> | undefined;
	/** The command one of whose words substitutes this one's output: `$(…)`, backticks, `<(…)`. */
	enclosing: SimpleCommand | undefined;
	/** The function whose body holds this command, innermost first. */
	inFunction: string | undefined;
	/** Run in the background: its pipeline ends with `&`. */
	background: boolean;
};
