// AUDIT_TAMPER: an agent covering its tracks or switching the log off: writing, moving, truncating, deleting or
// changing the permissions of `.coograph/` or anything in it, of coograph's hooks and plugin, or of the agent
// settings that run them (`.claude/settings*.json`, `.codex/hooks.json`, `.codex/config.toml`), or of a folder that
// holds them; and `git clean -x`, which deletes the ignored `.coograph/`.

import {hasOption} from '../arguments/parse-arguments.ts';
import {isAuditPath} from '../paths/path-kinds.ts';
import {writtenPaths} from '../paths/written-paths.ts';
import {gitCommand} from './git.ts';
import type {Rule} from './rule.ts';

export const AUDIT_TAMPER: Rule = {
	name: 'AUDIT_TAMPER',
	test(invocation) {
		const git = gitCommand(invocation);
		const cleansIgnored = git?.verb === 'clean' && hasOption(git.parsed, '-x', '-X') && hasOption(git.parsed, '-f', '--force') && !hasOption(git.parsed, '-n', '--dry-run');
		return cleansIgnored || writtenPaths(invocation).some(path => isAuditPath(path));
	},
};
