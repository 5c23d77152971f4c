// PIPE_TO_SHELL: a download run as code without ever being saved: piped to a shell or interpreter that reads its
// script from standard input (`curl … | sh`, `wget -qO- … | sudo python3 -`), or substituted into code
// (`bash -c "$(curl …)"`, `bash <(curl …)`, `bash < <(curl …)`, `eval "$(wget -O- …)"`, `$(curl …)` run as a
// command).

import type {Invocation} from '../invocation/invocation.ts';
import {scriptSource} from '../invocation/script-source.ts';
import {DOWNLOADERS} from '../programs.ts';
import {feedSome} from '../tokenize/feed.ts';
import type {Rule} from './rule.ts';

const SUBSTITUTION = /\$\(|`/;

/** Whether a command runs as code what a command substituted into one of its words prints. */
function runsSubstitutedOutput(command: Invocation): boolean {
	if (SUBSTITUTION.test(command.name.slice(0, 2))) {
		return true;
	}

	const source = scriptSource(command);
	switch (source?.from) {
		case 'argument': {
			return SUBSTITUTION.test(source.code);
		}

		case 'file': {
			return source.path.startsWith('<(');
		}

		case 'stdin': {
			return command.redirects.some(({operator, target}) => operator === '<<<' || operator === '<<' || operator === '<<-' || (operator === '<' && target.startsWith('<(')));
		}

		default: {
			return false;
		}
	}
}

const isDownloader = (invocation: Invocation) => DOWNLOADERS.has(invocation.name);

export const PIPE_TO_SHELL: Rule = {
	name: 'PIPE_TO_SHELL',
	test(invocation) {
		if (isDownloader(invocation) && invocation.enclosing !== undefined && runsSubstitutedOutput(invocation.enclosing)) {
			return true;
		}

		return feedSome(invocation.upstream, isDownloader) && scriptSource(invocation)?.from === 'stdin';
	},
};
