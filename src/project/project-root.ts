import {basename, dirname} from 'node:path';
import {gitTopLevel} from './git-top-level.ts';

export type RootClues = {
	/** The agent's own project-dir variable, when it sets one (CLAUDE_PROJECT_DIR). */
	agentProjectDir?: string;
	/** The hook bundle's path, when installed in a project: `<root>/.<agent>/hooks/<bundle>` (or `plugins/`). */
	projectHookFile?: string;
	/** The session's working directory from the payload: it follows the agent's `cd`. */
	cwd?: string;
};

/** Where `.coograph/` goes: the project root, never a subdirectory the agent `cd`'d into. */
export function projectRoot(clues: RootClues): string {
	if (clues.agentProjectDir) {
		return clues.agentProjectDir;
	}

	const installedIn = clues.projectHookFile === undefined ? undefined : projectOfHookFile(clues.projectHookFile);
	if (installedIn !== undefined) {
		return installedIn;
	}

	const cwd = clues.cwd || process.cwd();
	return gitTopLevel(cwd) ?? cwd;
}

function projectOfHookFile(hookFile: string): string | undefined {
	const hooksFolder = dirname(hookFile);
	const agentFolder = dirname(hooksFolder);
	return ['hooks', 'plugins'].includes(basename(hooksFolder)) && basename(agentFolder).startsWith('.') ? dirname(agentFolder) : undefined;
}
