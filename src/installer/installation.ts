import {basename, join, relative} from 'node:path';
import type {AgentSetup, CopiedFile} from './agents.ts';
import {builtFile, type CoographPackage} from './coograph-package.ts';
import type {HookConfigFormat} from './hook-config/hook-config-format.ts';
import type {OurHooks} from './hook-config/claude-style.ts';
import type {Scope} from './scope.ts';
import {escapeForDoubleQuotes} from './shell-quote.ts';

/** A file of this version's `dist/`, and where it goes. */
export type InstalledFile = {built: string; path: string};

/** One agent's setup made concrete for a scope: every path and the exact hook command. */
export type Installation = {
	setup: AgentSetup;
	scope: Scope;
	folder: string;
	bundlePath: string;
	/** The shell fallback's BASH_ENV script. */
	bashEnvPath?: string;
	/** Every file copied from `dist/`, the bundle first. */
	files: InstalledFile[];
	hooks?: {file: string; format: HookConfigFormat; ours: OurHooks};
};

export function resolveInstallation(setup: AgentSetup, scope: Scope, coograph: CoographPackage): Installation {
	const folder = scope.kind === 'project' ? join(scope.dir, setup.folder.project) : setup.folder.user(scope.env, scope.home);
	const copied = (file: CopiedFile) => ({built: builtFile(coograph, file.built), path: join(folder, file.installed)});
	const bundlePath = join(folder, setup.bundle.installed);
	const bundleName = basename(setup.bundle.installed);
	return {
		setup,
		scope,
		folder,
		bundlePath,
		bashEnvPath: setup.bashEnv && join(folder, setup.bashEnv.installed),
		files: [setup.bundle, ...(setup.bashEnv === undefined ? [] : [setup.bashEnv])].map(copied),
		hooks: setup.hooks && {
			file: join(folder, setup.hooks.file),
			format: setup.hooks.format,
			ours: {
				events: setup.hooks.events,
				command: hookCommand(scope, bundlePath, setup.hooks),
				timeout: setup.hooks.timeout,
				isOurs: command => command.includes(bundleName),
			},
		},
	};
}

function hookCommand(scope: Scope, bundlePath: string, {projectDirVariable, projectDirQuotedByAgent}: NonNullable<AgentSetup['hooks']>): string {
	if (scope.kind === 'user') {
		// The hook then logs into the root of whichever project the session runs in.
		return `node "${escapeForDoubleQuotes(bundlePath)}" --user`;
	}

	if (projectDirVariable === undefined) {
		return `node "${escapeForDoubleQuotes(bundlePath)}"`;
	}

	const inProject = escapeForDoubleQuotes(relative(scope.dir, bundlePath));
	// The agent's quoted path and the quoted rest join into one shell word: '/my project'/".gemini/hooks/…".
	return projectDirQuotedByAgent ? `node $${projectDirVariable}/"${inProject}"` : `node "$${projectDirVariable}/${inProject}"`;
}
