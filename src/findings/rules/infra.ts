// DESTRUCTIVE_INFRA: infrastructure torn down: `terraform|tofu|terragrunt destroy`, `apply -destroy`, `state rm`,
// `workspace delete`; `pulumi destroy|down|stack rm`; `cdk destroy`; `serverless remove`; cloud CLIs deleting or
// terminating anything but storage (`aws … delete-*|terminate-*`, `gcloud … delete`, `az … delete`, `doctl … delete`,
// `eksctl delete`); `heroku …:destroy`, `fly … destroy`, `vercel remove`, `gh repo delete`.

import {parseArguments} from '../arguments/parse-arguments.ts';
import {AWS_GLOBAL_VALUED} from '../arguments/shared-options.ts';
import type {Invocation} from '../invocation/invocation.ts';
import type {Rule} from './rule.ts';

const STORAGE_SERVICES = new Set(['s3', 's3api']);

function terraformDestroys(args: readonly string[]): boolean {
	const [verb, object] = parseArguments(args).operands;
	return verb === 'destroy' || verb === 'destroy-all' || (verb === 'apply' && (args.includes('-destroy') || args.includes('--destroy')))
		|| (verb === 'state' && object === 'rm') || (verb === 'workspace' && object === 'delete')
		|| ((verb === 'run-all' || verb === 'run') && args.includes('destroy'));
}

const words = (args: readonly string[], valued: string[] = []) => parseArguments(args, valued).operands;

const DESTROYS: Record<string, (args: readonly string[]) => boolean> = {
	terraform: terraformDestroys,
	tofu: terraformDestroys,
	terragrunt: terraformDestroys,
	pulumi(args) {
		const [verb, object] = words(args, ['-s', '--stack', '-C', '--cwd']);
		return verb === 'destroy' || verb === 'down' || (verb === 'stack' && object === 'rm');
	},
	cdk: args => words(args)[0] === 'destroy',
	serverless: args => words(args)[0] === 'remove',
	sls: args => words(args)[0] === 'remove',
	aws(args) {
		const [service = '', verb = ''] = words(args, AWS_GLOBAL_VALUED);
		return !STORAGE_SERVICES.has(service) && /(?:^|-)(?:delete|terminate)-/.test(verb);
	},
	gcloud(args) {
		const operands = words(args, ['--project', '--zone', '--region', '--format', '--account', '--configuration']);
		return operands[0] !== 'storage' && operands.includes('delete');
	},
	az(args) {
		const operands = words(args, ['-n', '--name', '-g', '--resource-group', '--subscription', '-o', '--output']);
		return operands[0] !== 'storage' && operands.includes('delete');
	},
	doctl: args => words(args, ['-t', '--access-token', '--context']).some(word => word === 'delete' || word === 'rm'),
	eksctl: args => words(args)[0] === 'delete',
	heroku: args => /:destroy$|^pg:reset$/.test(words(args, ['-a', '--app', '-r', '--remote'])[0] ?? ''),
	fly: args => words(args, ['-a', '--app']).includes('destroy'),
	flyctl: args => words(args, ['-a', '--app']).includes('destroy'),
	vercel: args => ['rm', 'remove'].includes(words(args, ['--scope', '-t', '--token'])[0] ?? ''),
	gh(args) {
		const [group, verb] = words(args, ['-R', '--repo']);
		return group === 'repo' && verb === 'delete';
	},
};

export const DESTRUCTIVE_INFRA: Rule = {
	name: 'DESTRUCTIVE_INFRA',
	programs: new Set(Object.keys(DESTROYS)),
	test: (invocation: Invocation) => DESTROYS[invocation.name]!(invocation.args),
};
