// DESTRUCTIVE_CLOUD_STORAGE: objects or buckets deleted in cloud storage, or a sync that deletes at the destination:
// `aws s3 rm|rb`, `aws s3 sync --delete`, `aws s3api delete-*`, `gsutil rm|rb`, `gsutil rsync -d`,
// `gcloud storage rm|… delete`, `az storage … delete`, `azcopy remove`, `rclone delete|purge|sync|…`,
// `s3cmd del|rb|sync --delete-removed`, `mc rm|rb`.

import {hasOption, optionValue, parseArguments} from '../arguments/parse-arguments.ts';
import {AWS_GLOBAL_VALUED} from '../arguments/shared-options.ts';
import type {Invocation} from '../invocation/invocation.ts';
import type {Rule} from './rule.ts';

const RCLONE_DELETES = new Set(['delete', 'deletefile', 'purge', 'rmdir', 'rmdirs', 'cleanup', 'sync']);

/** The CLIs' operands, after gcloud's release track (`alpha`, `beta`). */
function operands(args: readonly string[], valued: string[] = []): string[] {
	return parseArguments(args, valued).operands.filter(operand => operand !== 'alpha' && operand !== 'beta');
}

const DELETES: Record<string, (args: readonly string[]) => boolean> = {
	aws(args) {
		const parsed = parseArguments(args, AWS_GLOBAL_VALUED);
		const [service, verb = ''] = parsed.operands;
		return (service === 's3' && (verb === 'rm' || verb === 'rb' || (verb === 'sync' && hasOption(parsed, '--delete'))))
			|| (service === 's3api' && verb.startsWith('delete-'));
	},
	gsutil(args) {
		const parsed = parseArguments(args, ['-o', '-h', '-u']);
		const verb = parsed.operands[0];
		return verb === 'rm' || verb === 'rb' || (verb === 'rsync' && hasOption(parsed, '-d'));
	},
	gcloud(args) {
		const [group, verb, action] = operands(args);
		return group === 'storage' && (verb === 'rm' || action === 'delete' || (verb === 'rsync' && args.includes('--delete-unmatched-destination-objects')));
	},
	az(args) {
		const words = operands(args, ['-n', '--name', '-g', '--resource-group', '--account-name', '-c', '--container-name', '-s', '--source']);
		return words[0] === 'storage' && words.some(word => word === 'delete' || word === 'delete-batch' || word === 'remove');
	},
	azcopy(args) {
		const parsed = parseArguments(args);
		const verb = parsed.operands[0];
		return verb === 'remove' || verb === 'rm' || (verb === 'sync' && optionValue(parsed, '--delete-destination') === 'true');
	},
	rclone: args => RCLONE_DELETES.has(operands(args)[0] ?? ''),
	s3cmd(args) {
		const parsed = parseArguments(args);
		const verb = parsed.operands[0] ?? '';
		return ['del', 'rm', 'rb', 'deleteall'].includes(verb) || (verb === 'sync' && hasOption(parsed, '--delete-removed'));
	},
	mc: args => ['rm', 'rb'].includes(operands(args)[0] ?? ''),
};

export const DESTRUCTIVE_CLOUD_STORAGE: Rule = {
	name: 'DESTRUCTIVE_CLOUD_STORAGE',
	programs: new Set(Object.keys(DELETES)),
	test: (invocation: Invocation) => DELETES[invocation.name]!(invocation.args),
};
