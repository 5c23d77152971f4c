import {existsSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';

/** The nearest ancestor holding `.git` (a folder, or a file in worktrees), found without spawning git. */
export function gitTopLevel(start: string): string | undefined {
	let folder = resolve(start);
	for (;;) {
		if (existsSync(join(folder, '.git'))) {
			return folder;
		}

		const parent = dirname(folder);
		if (parent === folder) {
			return undefined;
		}

		folder = parent;
	}
}
