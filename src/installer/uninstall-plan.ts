import {readIfExists, type FileChange} from './file-changes.ts';
import {formatJsonLike, readJsonFile} from './hook-config/json-file.ts';
import type {Installation} from './installation.ts';
import {displayPath} from './scope.ts';

export type UninstallPlan = {
	installation: Installation;
	changes: FileChange[];
	/** Hook entries of ours found in the settings file. */
	removedHooks: number;
	/** What the changes remove, for the report. */
	removed: string[];
};

/** What uninstall would change for one agent, computed without writing. */
export async function planUninstall(installation: Installation): Promise<UninstallPlan> {
	const {scope, hooks} = installation;
	const plan: UninstallPlan = {installation, changes: [], removedHooks: 0, removed: []};
	for (const {path} of installation.files) {
		if (await readIfExists(path) !== undefined) {
			plan.changes.push({path});
			plan.removed.push(displayPath(scope, path));
		}
	}

	if (hooks !== undefined) {
		const file = await readJsonFile(hooks.file);
		const {settings, removed} = hooks.format.remove(file.value, hooks.ours.isOurs, hooks.file);
		if (removed > 0) {
			// A settings file left empty held only our hooks: init created it.
			const emptied = Object.keys(settings).length === 0;
			plan.changes.push(emptied ? {path: hooks.file} : {path: hooks.file, content: formatJsonLike(file, settings)});
			plan.removedHooks = removed;
			plan.removed.push(`${removed} hooks from ${displayPath(scope, hooks.file)}${emptied ? ' (now empty, removed)' : ''}`);
		}
	}

	return plan;
}

