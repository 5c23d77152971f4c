import {constants} from 'node:fs';
import {access, stat} from 'node:fs/promises';
import {logPaths} from '../writer/log-paths.ts';
import {readIfExists} from './file-changes.ts';
import {withLogFolderIgnored} from './gitignore.ts';
import type {Check} from './hook-trust.ts';
import {join} from 'node:path';

/** Whether the hooks can write the project's logs: the folder and its files, or the project when it has none yet. */
export async function logFolderCheck(projectDir: string): Promise<Check> {
	const {folder, sessionsFolder, globalLog, eventsLog} = logPaths(projectDir);
	const info = await stat(folder).catch(() => undefined);
	if (info !== undefined && !info.isDirectory()) {
		return {ok: false, text: `log folder writable: ${folder} is not a folder`};
	}

	const mustWrite = info === undefined ? [projectDir] : [folder, sessionsFolder, globalLog, eventsLog];
	for (const path of mustWrite) {
		try {
			await access(path, constants.W_OK);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
				return {ok: false, text: `log folder writable: cannot write ${path} (${(error as NodeJS.ErrnoException).code})`};
			}
		}
	}

	return {ok: true, text: `log folder writable: ${folder}${info === undefined ? ' (created by the first command logged)' : ''}`};
}

export async function gitignoreCheck(projectDir: string): Promise<Check> {
	const text = (await readIfExists(join(projectDir, '.gitignore')))?.toString('utf8') ?? '';
	return withLogFolderIgnored(text) === text
		? {ok: true, text: '.gitignore ignores .coograph/'}
		: {ok: false, text: '.gitignore does not ignore .coograph/, so the logs (secrets included) could be committed (run coograph init)'};
}
