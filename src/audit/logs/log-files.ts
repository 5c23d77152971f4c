import {existsSync, statSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {LOG_FOLDER, logPaths} from '../../writer/log-paths.ts';

// Where the Python hooks wrote before there was a .coograph/ folder.
const LEGACY_LOG = join('.claude', 'session.log');

/** The logs of one project, as far as they exist. */
export type LogFiles = {
	root: string;
	/** Logs of every session, oldest format first: `.claude/session.log`, then `.coograph/session.log`. */
	sessionLogs: string[];
	eventsLog: string | undefined;
	sessionsFolder: string | undefined;
};

/** The nearest ancestor of `start` (itself included) that holds `.coograph/` or the Python hooks' `.claude/session.log`. */
export function findProjectRoot(start: string): string | undefined {
	for (let folder = resolve(start); ; folder = dirname(folder)) {
		if (hasLogs(folder)) {
			return folder;
		}

		if (dirname(folder) === folder) {
			return undefined;
		}
	}
}

export function hasLogs(root: string): boolean {
	return isFolder(join(root, LOG_FOLDER)) || existsSync(join(root, LEGACY_LOG));
}

export function logFiles(root: string): LogFiles {
	const paths = logPaths(root);
	return {
		root,
		sessionLogs: [join(root, LEGACY_LOG), paths.globalLog].filter(file => existsSync(file)),
		eventsLog: existsSync(paths.eventsLog) ? paths.eventsLog : undefined,
		sessionsFolder: isFolder(paths.sessionsFolder) ? paths.sessionsFolder : undefined,
	};
}

function isFolder(path: string): boolean {
	return statSync(path, {throwIfNoEntry: false})?.isDirectory() ?? false;
}
