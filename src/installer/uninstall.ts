import {stat} from 'node:fs/promises';
import {dirname, sep} from 'node:path';
import {logPaths} from '../writer/log-paths.ts';
import type {InstallerArguments} from './arguments.ts';
import type {InstallerContext} from './context.ts';
import {applyChanges, removeEmptyFolders} from './file-changes.ts';
import type {Installation} from './installation.ts';
import {selectInstallations} from './selection.ts';
import {planUninstall} from './uninstall-plan.ts';

export async function runUninstall(args: InstallerArguments, context: InstallerContext): Promise<number> {
	const {scope, installations} = await selectInstallations(args, context, 'uninstall');

	// Everything is read and checked before anything is removed, as init does.
	const plans = await Promise.all(installations.map(planUninstall));

	for (const {installation, changes, removedHooks, removed} of plans) {
		const {agent, trust} = installation.setup;
		if (changes.length === 0) {
			context.say(`${agent}: nothing to remove`);
			continue;
		}

		const revokeTrust = trust !== undefined && removedHooks > 0 && args.codexTrust ? await trust.prepareRevoke(installation, context) : undefined;
		await applyChanges(changes);
		await removeEmptyFolders(dirname(installation.bundlePath), pruneStop(installation));
		context.say(`removed ${agent}: ${removed.join(', ')}`);
		await revokeTrust?.();
	}

	if (scope.kind === 'project' && (await stat(logPaths(scope.dir).folder).catch(() => undefined)) !== undefined) {
		context.say('kept the logs in .coograph/ (and its .gitignore line)');
	}

	return 0;
}

/** Folders init created are removed once empty, up to the project or the home folder, which always stay. */
function pruneStop({scope, folder}: Installation): string {
	const root = scope.kind === 'project' ? scope.dir : scope.home;
	return folder.startsWith(root + sep) ? root : dirname(folder);
}
