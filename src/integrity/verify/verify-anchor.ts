import {readFileSync} from 'node:fs';
import {anchorFile, parseAnchor, type Anchor} from '../anchor-file.ts';
import type {VerifyFinding} from './finding.ts';
import type {ChainWalk} from './verify-chain.ts';

const FILE = '.coograph/events.jsonl';

/** The head kept outside the project must be the chain's last chained record: else the log was truncated, deleted or rewritten. */
export function verifyAnchor(projectRoot: string, walk: ChainWalk | undefined, eventsBytes: number): VerifyFinding | undefined {
	const anchor = readAnchor(anchorFile(projectRoot));
	if (anchor === undefined) {
		return undefined;
	}

	if (walk === undefined) {
		return {file: FILE, line: 0, severity: 'tampered', message: 'deleted: the state directory anchors a log that is gone'};
	}

	const anchoredLine = walk.hashes.get(anchor.head);
	if (anchoredLine === undefined) {
		return {file: FILE, line: walk.hashes.size + 1, severity: 'tampered', message: 'the last anchored record is missing: truncated or rewritten'};
	}

	if (walk.lastChainedHash !== anchor.head || eventsBytes < anchor.bytes) {
		return {file: FILE, line: anchoredLine + 1, severity: 'tampered', message: 'records after the anchored head were not written by the hooks: appended or forged'};
	}

	return undefined;
}

function readAnchor(file: string): Anchor | undefined {
	try {
		return parseAnchor(readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
}
