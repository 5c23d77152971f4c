import type {FindingName} from '../finding.ts';
import type {CommandLine, Invocation} from '../invocation/invocation.ts';

/** One finding's test, asked of each command of a command line; the finding holds when any command passes. */
export type Rule = {
	name: FindingName;
	/** The programs the test can hold for; without, any. Lets a command skip, and never compile, the other tests. */
	programs?: ReadonlySet<string>;
	test: (invocation: Invocation, line: CommandLine) => boolean;
};
