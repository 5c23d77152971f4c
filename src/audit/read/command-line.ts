/** One command from a text log. */
export type CommandLine = {
	/** Epoch milliseconds, whole seconds. */
	time: number;
	agent: string;
	shortId: string;
	/** As logged: control characters escaped by the writer. */
	command: string;
	/** Written by the Python hooks: local time, short id = first 8 characters of the session id. */
	legacy: boolean;
	/** The line as read, without its newline. */
	text: string;
};
