import type {InstallerContext} from './context.ts';
import type {Installation} from './installation.ts';

/** One line of `doctor`: ok, wrong, or not knowable here (undefined). */
export type Check = {ok: boolean | undefined; text: string};

/** An agent that runs a hook only once the user has approved it, which coograph can do on the user's behalf. */
export type HookTrust = {
	/** After init wrote the hooks. Reports its own lines; false when the hooks could not be trusted. */
	grant: (installation: Installation, context: InstallerContext) => Promise<boolean>;
	/** Before uninstall removes the hooks; what it returns runs after, to drop the approvals that became stale. */
	prepareRevoke: (installation: Installation, context: InstallerContext) => Promise<() => Promise<void>>;
	check: (installation: Installation, context: InstallerContext) => Promise<Check[]>;
};
