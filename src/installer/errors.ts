// Failures the installer reports as one line and an exit code, rather than a stack trace.

/** Bad command line or bad input file: nothing was changed. */
export class InstallerInputError extends Error {
	readonly exitCode = 2;
}
