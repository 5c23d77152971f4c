import {readFile} from 'node:fs/promises';
import type {InstallerArguments} from './arguments.ts';
import {coographPackage, type CoographPackage} from './coograph-package.ts';
import {configCheck} from './config-check.ts';
import type {InstallerContext} from './context.ts';
import {InstallerInputError} from './errors.ts';
import {readIfExists} from './file-changes.ts';
import {readJsonFile} from './hook-config/json-file.ts';
import type {Check} from './hook-trust.ts';
import type {Installation} from './installation.ts';
import {gitignoreCheck, logFolderCheck} from './log-folder-check.ts';
import {displayPath} from './scope.ts';
import {selectInstallations} from './selection.ts';

const MARKS = {true: '✓', false: '✗', undefined: '?'} as const;

/** Without --agent, checks the agents that show any trace of coograph; an agent named with --agent must be there. */
export async function runDoctor(args: InstallerArguments, context: InstallerContext): Promise<number> {
	const {scope, projectDir, installations} = await selectInstallations(args, context, 'doctor');
	const coograph = coographPackage();
	const named = args.agents.length > 0;
	let failed = false;
	const report = (check: Check) => {
		failed ||= check.ok === false;
		context.say(`${MARKS[`${check.ok}`]} ${check.text}`);
	};

	let found = 0;
	for (const installation of installations) {
		const {setup} = installation;
		const checks = await agentChecks(installation, coograph, args.codexTrust, context);
		if (checks === undefined && !named) {
			context.say(`- ${setup.agent} not installed`);
			continue;
		}

		found++;
		for (const check of checks ?? [{ok: false, text: `${setup.agent} not installed (run coograph init --agent ${setup.agent})`}]) {
			report(check);
		}
	}

	if (found === 0) {
		report({ok: false, text: `no agent has coograph installed ${scope.kind === 'user' ? 'for this user' : `in ${projectDir}`} (run coograph init)`});
	}

	report(await logFolderCheck(projectDir));
	if (scope.kind === 'project') {
		report(await gitignoreCheck(projectDir));
	}

	report(configCheck(projectDir));

	return failed ? 1 : 0;
}

/** The agent's checks, or undefined when nothing of coograph is there. */
async function agentChecks(installation: Installation, coograph: CoographPackage, askTrust: boolean, context: InstallerContext): Promise<Check[] | undefined> {
	const {setup, scope, hooks} = installation;
	const copies = await Promise.all(installation.files.map(async file => ({...file, bytes: await readIfExists(file.path)})));
	const files = copies.map(({path, bytes}) => `${displayPath(scope, path)}${bytes === undefined ? ' missing' : ''}`);
	let hooksInstalled = true;
	let anyHookOfOurs = false;
	if (hooks !== undefined) {
		try {
			const {value} = await readJsonFile(hooks.file);
			const count = hooks.format.count(value, hooks.ours, hooks.file);
			anyHookOfOurs = hooks.format.remove(value, hooks.ours.isOurs, hooks.file).removed > 0;
			hooksInstalled = count === hooks.ours.events.length;
			files.push(`${displayPath(scope, hooks.file)} (${count} of ${hooks.ours.events.length} hooks)`);
		} catch (error) {
			if (!(error instanceof InstallerInputError)) {
				throw error;
			}

			return [{ok: false, text: `${setup.agent} installed: ${error.message}`}];
		}
	}

	const present = copies.flatMap(({built, bytes}) => bytes === undefined ? [] : [{built, bytes}]);
	if (present.length === 0 && !anyHookOfOurs) {
		return undefined;
	}

	const installed = present.length === copies.length && hooksInstalled;
	const checks: Check[] = [{ok: installed, text: `${setup.agent} installed: ${files.join(', ')}${installed ? '' : ' (run coograph init)'}`}];
	if (present.length > 0) {
		const upToDate = (await Promise.all(present.map(async ({built, bytes}) => bytes.equals(await readFile(built))))).every(Boolean);
		checks.push({ok: upToDate, text: upToDate ? `${setup.agent} up to date with coograph ${coograph.version}` : `${setup.agent} bundle differs from coograph ${coograph.version}'s (run coograph init)`});
	}

	if (installed && askTrust && setup.trust !== undefined) {
		checks.push(...await setup.trust.check(installation, context));
	}

	const step = installed ? setup.userStep?.(installation) : undefined;
	if (step !== undefined) {
		checks.push({ok: undefined, text: `${setup.agent}: ${step}`});
	}

	return checks;
}
