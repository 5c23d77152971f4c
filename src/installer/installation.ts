import {basename, join, relative} from 'node:path';
import type {AgentSetup} from './agents.ts';
import {builtFile, type CoographPackage} from './coograph-package.ts';
import type {HookConfigFormat} from './hook-config/hook-config-format.ts';
import type {OurHooks} from './hook-config/claude-style.ts';
import type {Scope} from './scope.ts';
import {escapeForDoubleQuotes} from './shell-quote.ts';

/** One agent's setup made concrete for a scope: every path and the exact hook command. */
export type Installation = {
	setup: AgentSetup;
	scope: Scope;
	folder: string;
	/** This version's bundle, in `dist/`. */
	builtBundle: string;
	bundlePath: string;
	hooks?: {file: string; format: HookConfigFormat; ours: OurHooks};
};

export function resolveInstallation(setup: AgentSetup, scope: Scope, coograph: CoographPackage): Installation {
	const folder = scope.kind === 'project' ? join(scope.dir, setup.folder.project) : setup.folder.user(scope.env, scope.home);
	const bundlePath = join(folder, setup.bundle.installed);
	const bundleName = basename(setup.bundle.installed);
	return {
		setup,
		scope,
		folder,
		builtBundle: builtFile(coograph, setup.bundle.built),
		bundlePath,
		hooks: setup.hooks && {
			file: join(folder, setup.hooks.file),
			format: setup.hooks.format,
			ours: {
				events: setup.hooks.events,
				command: hookCommand(scope, bundlePath, setup.hooks.projectDirVariable),
				timeout: setup.hooks.timeout,
				isOurs: command => command.includes(bundleName),
			},
		},
	};
}

function hookCommand(scope: Scope, bundlePath: string, projectDirVariable: string | undefined): string {
	if (scope.kind === 'user') {
		// The hook then logs into the root of whichever project the session runs in.
		return `node "${escapeForDoubleQuotes(bundlePath)}" --user`;
	}

	if (projectDirVariable !== undefined) {
		return `node "$${projectDirVariable}/${escapeForDoubleQuotes(relative(scope.dir, bundlePath))}"`;
	}

	return `node "${escapeForDoubleQuotes(bundlePath)}"`;
}
