// Codex runs a hook only once its exact content is approved ("trusted") in the user's config.toml, and a project's
// hooks only once the project itself is trusted. Codex skips the rest silently, so init approves exactly the hooks it
// wrote, through Codex's own app-server, and says when the project still needs the user's trust.

import {isDeepStrictEqual} from 'node:util';
import type {Check, HookTrust} from '../hook-trust.ts';
import type {Installation} from '../installation.ts';
import {displayPath} from '../scope.ts';
import {CodexNotFoundError} from './app-server.ts';
import {codexHooksTarget, userHookState, withCodexHooks, type CodexHook} from './codex-session.ts';
import {approvals, stateAfterRemoval} from './trust-state.ts';

const NOT_ON_PATH = 'codex is not on PATH';

export const codexHookTrust: HookTrust = {
	async grant(installation, context) {
		try {
			return await withCodexHooks(await codexHooksTarget(installation), context, async ({server, hooks, untrustedReason}) => {
				const ours = hooks.filter(hook => isExactlyOurs(installation, hook));
				const expected = ourHooks(installation).events.length;
				if (ours.length !== expected) {
					context.warn(`coograph: Codex lists ${ours.length} of coograph's ${expected} hooks in ${display(installation)}; none was trusted`);
					return false;
				}

				const unapproved = ours.filter(hook => hook.trustStatus !== 'trusted');
				if (unapproved.length === 0) {
					context.say(`codex-cli: Codex already trusts coograph's ${expected} hooks`);
				} else {
					const {filePath} = await server.request<{filePath: string}>('config/batchWrite', {
						edits: [{keyPath: 'hooks.state', value: approvals(unapproved), mergeStrategy: 'upsert'}],
					});
					context.say(`trusted codex-cli: ${unapproved.length} hooks approved in ${filePath} (through codex app-server)`);
				}

				if (untrustedReason !== undefined) {
					context.warn(`warning: Codex does not trust this project yet, so it runs none of its hooks. ${untrustedReason} Or start codex in the project and accept its trust prompt.`);
				}

				return true;
			});
		} catch (error) {
			if (error instanceof CodexNotFoundError) {
				context.say(`codex-cli: ${NOT_ON_PATH}, so its hooks are not trusted yet: approve them in Codex with /hooks, or run coograph init again where codex is installed`);
				return true;
			}

			context.warn(`coograph: could not trust the codex-cli hooks through codex app-server: ${(error as Error).message}`);
			return false;
		}
	},

	async prepareRevoke(installation, context) {
		try {
			const target = await codexHooksTarget(installation);
			const before = await withCodexHooks(target, context, async ({hooks}) => hooks);
			return async () => {
				try {
					await withCodexHooks(target, context, async ({server, hooks: after}) => {
						const {state, version} = await userHookState(server);
						const next = stateAfterRemoval(state, before, after, hook => ourHooks(installation).isOurs(hook.command ?? ''));
						if (!isDeepStrictEqual(next, state)) {
							await server.request('config/batchWrite', {edits: [{keyPath: 'hooks.state', value: next, mergeStrategy: 'replace'}], expectedVersion: version});
							context.say('codex-cli: removed the approvals of coograph\'s hooks from Codex\'s config.toml');
						}
					});
				} catch (error) {
					context.warn(`warning: could not remove the approvals of coograph's codex-cli hooks (they do nothing now): ${(error as Error).message}`);
				}
			};
		} catch (error) {
			// Said after the removal's own line, like the outcome of a successful revocation.
			return async () => {
				if (error instanceof CodexNotFoundError) {
					context.say(`codex-cli: ${NOT_ON_PATH}; the approvals of coograph's hooks stay in Codex's config.toml, where they do nothing`);
				} else {
					context.warn(`warning: could not read Codex's approvals of coograph's hooks, so they stay (they do nothing now): ${(error as Error).message}`);
				}
			};
		}
	},

	async check(installation, context) {
		try {
			return await withCodexHooks(await codexHooksTarget(installation), context, async ({hooks, untrustedReason}): Promise<Check[]> => {
				const expected = ourHooks(installation).events.length;
				const trusted = hooks.filter(hook => isExactlyOurs(installation, hook) && hook.trustStatus === 'trusted').length;
				const checks: Check[] = [{
					ok: trusted === expected,
					text: `codex-cli trusted by Codex: ${trusted} of ${expected} hooks${trusted === expected ? '' : ' (run coograph init)'}`,
				}];
				if (installation.scope.kind === 'project') {
					checks.push({ok: untrustedReason === undefined, text: untrustedReason === undefined ? 'codex-cli project trusted by Codex' : `codex-cli project not trusted by Codex: ${untrustedReason}`});
				}

				return checks;
			});
		} catch (error) {
			return error instanceof CodexNotFoundError
				? [{ok: undefined, text: `codex-cli trusted by Codex: unknown (${NOT_ON_PATH})`}]
				: [{ok: false, text: `codex-cli trusted by Codex: could not ask codex app-server: ${(error as Error).message}`}];
		}
	},
};

function ourHooks(installation: Installation) {
	return installation.hooks!.ours;
}

function isExactlyOurs(installation: Installation, hook: CodexHook): boolean {
	return hook.command === ourHooks(installation).command;
}

function display(installation: Installation): string {
	return displayPath(installation.scope, installation.hooks!.file);
}
