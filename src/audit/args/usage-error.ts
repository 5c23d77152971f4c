/** Bad usage: reported in one line (with the usage, unless it would not help), exit code 2. */
export class UsageError extends Error {
	constructor(message: string, readonly showUsage = true) {
		super(message);
	}
}
