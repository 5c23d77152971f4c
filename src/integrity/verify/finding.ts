export type VerifyFinding = {
	/** The log file, relative to the project root. */
	file: string;
	/** 1-based line number of the first bad position; 0 for the file as a whole. */
	line: number;
	message: string;
	/** Notices (a torn line left by a killed writer) are reported but are not tampering. */
	severity: 'tampered' | 'notice';
};
