import {constants} from 'node:fs';
import {access, stat} from 'node:fs/promises';
import {delimiter, join} from 'node:path';

/** Whether PATH holds an executable file of this name, as the shell would find it. */
export async function isOnPath(command: string, env: NodeJS.ProcessEnv): Promise<boolean> {
	for (const folder of (env.PATH ?? '').split(delimiter)) {
		const path = join(folder || '.', command);
		if (await access(path, constants.X_OK).then(() => true, () => false) && (await stat(path)).isFile()) {
			return true;
		}
	}

	return false;
}
