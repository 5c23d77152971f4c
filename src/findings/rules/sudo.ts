// SUDO_USAGE: a command run with another user's privileges, through sudo, sudoedit, doas, su, pkexec or run0.

import type {Rule} from './rule.ts';

export const SUDO_USAGE: Rule = {
	name: 'SUDO_USAGE',
	test: invocation => invocation.elevated || invocation.name === 'sudoedit',
};
