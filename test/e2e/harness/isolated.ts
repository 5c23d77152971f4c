// Fresh network and PID namespaces (needs root): only a loopback, which starts down, and nothing started inside
// outlives the command.

import {execa} from 'execa';

export type IsolatedOptions = {
	/** The whole environment: nothing is inherited. */
	env: Record<string, string>;
	cwd?: string;
};

export async function runIsolated(file: string, args: string[], {env, cwd}: IsolatedOptions) {
	return execa('unshare', ['--net', '--pid', '--fork', '--kill-child', file, ...args], {
		env,
		extendEnv: false,
		cwd,
		stdin: 'ignore',
		reject: false,
	});
}
