// SYSTEM_FILE_WRITE: writing, moving, deleting or changing the permissions of a file that holds accounts,
// privileges, authentication, name resolution, scheduled jobs, boot, system-wide shell start-up or SSH keys.

import {isSystemFile} from '../paths/path-kinds.ts';
import {writtenPaths} from '../paths/written-paths.ts';
import type {Rule} from './rule.ts';

export const SYSTEM_FILE_WRITE: Rule = {
	name: 'SYSTEM_FILE_WRITE',
	test: invocation => writtenPaths(invocation).some(path => isSystemFile(path)),
};
