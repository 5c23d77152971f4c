import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {applyChanges, readIfExists, type FileChange} from './file-changes.ts';
import {withLogFolderIgnored} from './gitignore.ts';
import {formatJsonLike, readJsonFile} from './hook-config/json-file.ts';
import type {Installation} from './installation.ts';
import {displayPath} from './scope.ts';

export type InstallPlan = {
	installation: Installation;
	changes: FileChange[];
	/** Whether some version of the bundle was there already. */
	hadBundle: boolean;
};

/** What init would change for one agent, computed without writing: bad input is found before any file changes. */
export async function planInstall(installation: Installation): Promise<InstallPlan> {
	const built = await readFile(installation.builtBundle).catch(() => {
		throw new Error(`this coograph has no ${installation.builtBundle}: run npm run build`);
	});
	const current = await readIfExists(installation.bundlePath);
	const changes: FileChange[] = current?.equals(built) ? [] : [{path: installation.bundlePath, content: built}];
	const {hooks} = installation;
	if (hooks !== undefined) {
		const file = await readJsonFile(hooks.file);
		const text = formatJsonLike(file, hooks.format.add(file.value, hooks.ours, hooks.file));
		if (text !== file.text) {
			changes.push({path: hooks.file, content: text});
		}
	}

	return {installation, changes, hadBundle: current !== undefined};
}

export async function applyInstallPlan(plan: InstallPlan): Promise<string> {
	await applyChanges(plan.changes);
	const {installation} = plan;
	const {agent} = installation.setup;
	const {hooks, scope} = installation;
	const files = [displayPath(scope, installation.bundlePath)];
	if (hooks !== undefined) {
		files.push(`${displayPath(scope, hooks.file)} (${hooks.ours.events.length} hooks)`);
	}

	if (plan.changes.length === 0) {
		return `${agent} already installed: ${files.join(', ')}`;
	}

	return `${plan.hadBundle ? 'updated' : 'installed'} ${agent}: ${files.join(', ')}`;
}

/** The .gitignore change that keeps the logs out of commits, if the project needs one. */
export async function planGitignore(dir: string): Promise<FileChange | undefined> {
	const path = join(dir, '.gitignore');
	const text = (await readIfExists(path))?.toString('utf8') ?? '';
	const next = withLogFolderIgnored(text);
	return next === text ? undefined : {path, content: next};
}
