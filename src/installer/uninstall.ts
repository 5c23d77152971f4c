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

	// Without --agent every agent is looked at: only those with something to remove are worth a line.
	const named = args.agents.length > 0;
	for (const {installation, changes, removedHooks, removed} of plans) {
		const {agent, trust} = installation.setup;
		if (changes.length === 0) {
			if (named) {
				context.say(`${agent}: nothing to remove`);
			}

			continue;
		}

		const revokeTrust = trust !== undefined && removedHooks > 0 && args.codexTrust ? await trust.prepareRevoke(installation, context) : undefined;
		await applyChanges(changes);
		for (const {path} of installation.files) {
			await removeEmptyFolders(dirname(path), pruneStop(installation));
		}

		context.say(`removed ${agent}: ${removed.join(', ')}`);
		await revokeTrust?.();
	}

	if (!named && plans.every(({changes}) => changes.length === 0)) {
		context.say('nothing to remove');
	}

	if (scope.kind === 'project' && (await stat(logPaths(scope.dir).folder).catch(() => undefined)) !== undefined) {
		context.say('kept the logs in .coograph/ (and its .gitignore line)');
	}

	return 0;
}

/**
 * Folders init created are removed once empty, up to the project or the home folder, which always stay; so does an
 * agent folder outside them ($CODEX_HOME, $COPILOT_HOME), which the user chose.
 */
function pruneStop({scope, folder}: Installation): string {
	const root = scope.kind === 'project' ? scope.dir : scope.home;
	return folder.startsWith(root + sep) ? root : folder;
}
