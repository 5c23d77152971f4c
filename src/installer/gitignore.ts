// `.coograph/` holds every command an agent ran, secrets included: it must never be committed.

const IGNORE_LINE = '.coograph/';
const SAME_EFFECT = new Set(['.coograph', '.coograph/', '/.coograph', '/.coograph/', '.coograph/*', '/.coograph/*']);

/** The .gitignore text with our line added, or the same text when the folder is already ignored. */
export function withLogFolderIgnored(text: string): string {
	if (text.split(/\r?\n/).some(line => SAME_EFFECT.has(line.trim()))) {
		return text;
	}

	const separator = text === '' || text.endsWith('\n') ? '' : '\n';
	return `${text}${separator}${IGNORE_LINE}\n`;
}
