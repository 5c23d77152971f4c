/**
 * The program a command word runs, without its directory: `/usr/bin/rm` → `rm`. `$SHELL` runs a shell. A word that
 * is a substitution, `$(curl …)`, stays whole: the command runs whatever that substitution prints.
 */
export function programName(word: string | undefined): string {
	if (word === undefined) {
		return '';
	}

	if (word === '$SHELL' || word === '${SHELL}') {
		return 'sh';
	}

	if (word.startsWith('$(') || word.startsWith('`')) {
		return word;
	}

	return word.slice(word.lastIndexOf('/') + 1);
}
