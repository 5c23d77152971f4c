import {chmod, mkdir, readFile, realpath, rename, rm, rmdir, stat, writeFile} from 'node:fs/promises';
import {dirname, sep} from 'node:path';

/** A file to write with this content, or to remove (content undefined). */
export type FileChange = {path: string; content?: string | Buffer};

export async function applyChanges(changes: readonly FileChange[]): Promise<void> {
	for (const change of changes) {
		await (change.content === undefined ? rm(change.path, {force: true}) : writeAtomically(change.path, change.content));
	}
}

/** The file's bytes, or undefined when it does not exist. */
export async function readIfExists(path: string): Promise<Buffer | undefined> {
	try {
		return await readFile(path);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			return undefined;
		}

		throw error;
	}
}

/** Removes `from` and its parents, short of `stopAt`, as long as they are empty folders. */
export async function removeEmptyFolders(from: string, stopAt: string): Promise<void> {
	for (let folder = from; folder.startsWith(stopAt + sep); folder = dirname(folder)) {
		try {
			await rmdir(folder);
		} catch {
			return;
		}
	}
}

// An agent starting meanwhile reads the old settings or the new ones, never half a file. Writing through a symlink's
// target keeps dotfile managers' links intact, and the file keeps its mode.
async function writeAtomically(path: string, content: string | Buffer): Promise<void> {
	const target = await realpath(path).catch(() => path);
	await mkdir(dirname(target), {recursive: true});
	const mode = (await stat(target).catch(() => undefined))?.mode;
	const temporary = `${target}.coograph-${process.pid}.tmp`;
	await writeFile(temporary, content);
	if (mode !== undefined) {
		await chmod(temporary, mode & 0o7777);
	}

	await rename(temporary, target);
}
