import {closeSync, constants, lstatSync, mkdirSync, openSync, writeSync} from 'node:fs';
import {dirname} from 'node:path';

const FOLDER_MODE = 0o700;

/** Creates the folder if needed; refuses one that is a symbolic link (or not a folder) planted in its place. */
export function ensureRealFolder(folder: string): void {
	let stats = lstatSync(folder, {throwIfNoEntry: false});
	if (stats === undefined) {
		mkdirSync(folder, {mode: FOLDER_MODE});
		stats = lstatSync(folder);
	}

	if (stats.isSymbolicLink() || !stats.isDirectory()) {
		throw new Error(`refused to write through ${folder}: it is ${stats.isSymbolicLink() ? 'a symbolic link' : 'not a folder'}`);
	}
}

/** True when the path exists and is a symbolic link: such a log file gets nothing written through it. */
export function isSymbolicLink(file: string): boolean {
	try {
		// A session's first command finds no session file yet: no exception made for that.
		return lstatSync(file, {throwIfNoEntry: false})?.isSymbolicLink() ?? false;
	} catch {
		return false;
	}
}

/**
 * Replaces a small file's content in place, never following a symbolic link. No truncation or rename, which cost
 * this much more than the write on journalling file systems: callers keep the content's length fixed.
 */
export function overwriteInPlace(file: string, content: string): void {
	const descriptor = openCreatingFolder(file, constants.O_WRONLY | constants.O_CREAT | constants.O_NOFOLLOW);
	try {
		writeSync(descriptor, content, 0);
	} finally {
		closeSync(descriptor);
	}
}

function openCreatingFolder(file: string, flags: number): number {
	try {
		return openSync(file, flags, 0o600);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
			throw error;
		}

		mkdirSync(dirname(file), {recursive: true, mode: FOLDER_MODE});
		return openSync(file, flags, 0o600);
	}
}

/** A small file of the writer's own, opened for reading and writing in place, never through a symbolic link. */
export function openPrivateFile(file: string): number {
	return openCreatingFolder(file, constants.O_RDWR | constants.O_CREAT | constants.O_NOFOLLOW);
}
