import {closeSync, constants, lstatSync, mkdirSync, openSync, renameSync, writeFileSync} from 'node:fs';
import {dirname} from 'node:path';

const FOLDER_MODE = 0o700;

export class RefusedPathError extends Error {}

/** Creates the folder if needed; refuses one that is a symbolic link (or not a folder) planted in its place. */
export function ensureRealFolder(folder: string): void {
	try {
		mkdirSync(folder, {mode: FOLDER_MODE});
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
			throw error;
		}
	}

	const stats = lstatSync(folder);
	if (stats.isSymbolicLink() || !stats.isDirectory()) {
		throw new RefusedPathError(`refused to write through ${folder}: it is ${stats.isSymbolicLink() ? 'a symbolic link' : 'not a folder'}`);
	}
}

/** True when the path exists and is a symbolic link: such a log file gets nothing written through it. */
export function isSymbolicLink(file: string): boolean {
	try {
		return lstatSync(file).isSymbolicLink();
	} catch {
		return false;
	}
}

/** Replaces a small file whole, never following a symbolic link. */
export function overwriteFile(file: string, content: string): void {
	const descriptor = openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o600);
	try {
		writeFileSync(descriptor, content);
	} finally {
		closeSync(descriptor);
	}
}

/** Writes a file so that a reader sees either the old or the new content, never a half-written one. */
export function replaceFileAtomically(file: string, content: string): void {
	mkdirSync(dirname(file), {recursive: true, mode: FOLDER_MODE});
	const temporary = `${file}.${process.pid}.tmp`;
	overwriteFile(temporary, content);
	renameSync(temporary, file);
}
