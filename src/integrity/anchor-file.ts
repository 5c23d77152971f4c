import {homedir} from 'node:os';
import {join} from 'node:path';
import {sha256Hex} from './sha256-hex.ts';

export type Anchor = {
	project: string;
	/** Hash of the last chained record. */
	head: string;
	/** Size of events.jsonl just after that record. */
	bytes: number;
};

/** Outside the project, in the user's state directory, so that a truncated or deleted log is still caught. */
export function anchorFile(projectRoot: string, environment = process.env): string {
	const stateHome = environment.XDG_STATE_HOME || join(environment.HOME || homedir(), '.local', 'state');
	return join(stateHome, 'coograph', 'anchors', `${sha256Hex(projectRoot).slice(0, 16)}.json`);
}
