import {agentsInUse} from './agents-in-use.ts';
import type {InstallerArguments} from './arguments.ts';
import type {InstallerContext} from './context.ts';
import {applyChanges} from './file-changes.ts';
import {applyInstallPlan, planGitignore, planInstall} from './install-plan.ts';
import {selectInstallations} from './selection.ts';

export async function runInit(args: InstallerArguments, context: InstallerContext): Promise<number> {
	const selected = await selectInstallations(args, context, 'init');
	const {scope} = selected;
	const installations = args.agents.length > 0 ? selected.installations : await agentsInUse(selected.installations, context);

	// Everything is read and checked before anything is written: a bad settings file leaves every file as it was.
	const plans = await Promise.all(installations.map(planInstall));
	const gitignore = scope.kind === 'project' ? await planGitignore(scope.dir) : undefined;

	for (const plan of plans) {
		context.say(await applyInstallPlan(plan));
	}

	if (gitignore !== undefined) {
		await applyChanges([gitignore]);
		context.say('added .coograph/ to .gitignore');
	}

	let trusted = true;
	for (const installation of installations) {
		if (installation.setup.trust !== undefined && args.codexTrust) {
			trusted = await installation.setup.trust.grant(installation, context) && trusted;
		}
	}

	for (const installation of installations) {
		const step = installation.setup.userStep?.(installation);
		if (step !== undefined) {
			context.say(`still to do for ${installation.setup.agent}: ${step}`);
		}
	}

	if (scope.kind === 'user') {
		context.say('logs go to each project\'s .coograph/ folder: add .coograph/ to your global gitignore');
	}

	return trusted ? 0 : 1;
}
