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
	const changes: FileChange[] = [];
	for (const file of installation.files) {
		const built = await readFile(file.built).catch(() => {
			throw new Error(`this coograph has no ${file.built}: run npm run build`);
		});
		if (!(await readIfExists(file.path))?.equals(built)) {
			changes.push({path: file.path, content: built});
		}
	}

	const {hooks} = installation;
	if (hooks !== undefined) {
		const file = await readJsonFile(hooks.file);
		const text = formatJsonLike(file, hooks.format.add(file.value, hooks.ours, hooks.file));
		if (text !== file.text) {
			changes.push({path: hooks.file, content: text});
		}
	}

	return {installation, changes, hadBundle: await readIfExists(installation.bundlePath) !== undefined};
}

export async function applyInstallPlan(plan: InstallPlan): Promise<string> {
	await applyChanges(plan.changes);
	const {installation} = plan;
	const {agent} = installation.setup;
	const {hooks, scope} = installation;
	const files = installation.files.map(file => displayPath(scope, file.path));
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
