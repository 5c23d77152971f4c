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
	// node:os, only when HOME is not set: loading it costs a hook a quarter of a millisecond.
	const stateHome = environment.XDG_STATE_HOME || join(environment.HOME || process.getBuiltinModule('node:os').homedir(), '.local', 'state');
	return join(stateHome, 'coograph', 'anchors', `${sha256Hex(projectRoot).slice(0, 16)}.json`);
}

/** Fixed length for a given project, so that it can be overwritten in place: head, size, project. */
export function formatAnchor(anchor: Anchor): string {
	return `${anchor.head}\n${String(anchor.bytes).padStart(16, '0')}\n${anchor.project}\n`;
}

export function parseAnchor(text: string): Anchor | undefined {
	const [head, bytes, project] = text.split('\n');
	return head === undefined || !/^[\da-f]{64}$/.test(head) || bytes === undefined || project === undefined
		? undefined
		: {head, bytes: Number(bytes), project};
}
