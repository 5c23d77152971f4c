/** One command from a text log. */
export type CommandLine = {
	/** Epoch milliseconds, whole seconds. */
	readonly time: number;
	readonly agent: string;
	readonly shortId: string;
	/** As logged: control characters escaped by the writer; without the `[BLOCKED] ` before a refused one. */
	readonly command: string;
	/** Where the command starts in `text`. */
	readonly commandStart: number;
	/** The project's policy refused it: it did not run. */
	readonly blocked: boolean;
	/** Written by the Python hooks: local time, short id = first 8 characters of the session id. */
	readonly legacy: boolean;
	/** The line as read, without its newline. */
	readonly text: string;
};
