// FORK_BOMB: a function whose body pipes into itself or calls itself in the background (`:(){ :|:& };:`), or
// interpreter code that forks in a loop (`perl -e 'fork while fork'`).

import {interpreterCode} from '../invocation/script-source.ts';
import type {Rule} from './rule.ts';

const FORK_LOOP = /fork\s+while\s+fork|while\s*\(?\s*(?:1|true|True)\s*\)?\s*(?::|\{|do)?\s*(?:os\.|pcntl_|Process\.)?fork\b|loop\s*(?:\{|do)\s*(?:Process\.)?fork\b|for\s*\(\s*;\s*;\s*\)\s*\{?\s*fork\b/;

export const FORK_BOMB: Rule = {
	name: 'FORK_BOMB',
	test(invocation) {
		if (invocation.inFunction === invocation.name) {
			return invocation.background || (invocation.upstream?.commands.some(upstream => upstream.name === invocation.name) ?? false);
		}

		const code = interpreterCode(invocation);
		return code !== undefined && FORK_LOOP.test(code);
	},
};
