import {openSync} from 'node:fs';

/** What a query skipped: reported once, on stderr, when it is done. */
export class Damage {
	skippedLines = 0;
	readonly unreadableFiles: string[] = [];

	skipLine(): void {
		this.skippedLines++;
	}

	unreadable(file: string): void {
		this.unreadableFiles.push(file);
	}

	/** The file opened for reading; undefined, and counted, when it cannot be. */
	openForReading(file: string): number | undefined {
		try {
			return openSync(file, 'r');
		} catch {
			this.unreadable(file);
			return undefined;
		}
	}

	/** One line for stderr, or undefined when nothing was skipped. */
	warning(): string | undefined {
		const parts = [];
		if (this.skippedLines > 0) {
			parts.push(`${this.skippedLines} damaged line${this.skippedLines === 1 ? '' : 's'}`);
		}

		if (this.unreadableFiles.length > 0) {
			const count = this.unreadableFiles.length;
			parts.push(`${count} unreadable file${count === 1 ? '' : 's'} (${this.unreadableFiles.join(', ')})`);
		}

		return parts.length === 0 ? undefined : `coograph audit: warning: skipped ${parts.join(' and ')}`;
	}
}
