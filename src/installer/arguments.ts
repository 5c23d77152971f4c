import {parseArgs} from 'node:util';
import {InstallerInputError} from './errors.ts';

export type InstallerArguments = {
	/** The project folder, as typed; undefined means the current directory. */
	dir?: string;
	user: boolean;
	/** Agent names as typed, comma lists split; empty means the default set. */
	agents: string[];
	codexTrust: boolean;
	help: boolean;
};

export function parseInstallerArguments(argv: string[]): InstallerArguments {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				user: {type: 'boolean', default: false},
				agent: {type: 'string', multiple: true, default: []},
				'no-codex-trust': {type: 'boolean', default: false},
				help: {type: 'boolean', short: 'h', default: false},
			},
		});
	} catch (error) {
		// Node's message goes on with advice about `--`; its first sentence is the point.
		throw new InstallerInputError(`${(error as Error).message.split('. ')[0]} (see --help)`);
	}

	const {values, positionals} = parsed;
	if (positionals.length > 1) {
		throw new InstallerInputError(`expected at most one directory, got ${positionals.length}: ${positionals.join(' ')}`);
	}

	return {
		dir: positionals[0],
		user: values.user,
		agents: values.agent.flatMap(list => list.split(',')).map(name => name.trim()).filter(name => name !== ''),
		codexTrust: !values['no-codex-trust'],
		help: values.help,
	};
}
