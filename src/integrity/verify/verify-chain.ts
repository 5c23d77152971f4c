import type {SealedRecord} from '../../event/event-record.ts';
import {sessionFileName} from '../../writer/session-file-name.ts';
import {checkSeal} from '../record-seal.ts';
import type {VerifyFinding} from './finding.ts';
import type {FileLines} from './read-lines.ts';

const FILE = '.coograph/events.jsonl';

export type ExpectedLine = {hash: string; unchained: boolean};

export type ChainWalk = {
	findings: VerifyFinding[];
	/** Every sealed record's hash, in order, with the 1-based line it stands on. */
	hashes: Map<string, number>;
	lastChainedHash: string | undefined;
	/** The text lines the records say were written, per file relative to `.coograph/`. */
	expectedLines: Map<string, ExpectedLine[]>;
};

/** Walks events.jsonl: every line sealed and intact, every chained record following the one before it, globally and in its session. */
export function verifyChain({lines, endsWithNewline}: FileLines): ChainWalk {
	const walk: ChainWalk = {findings: [], hashes: new Map(), lastChainedHash: undefined, expectedLines: new Map()};
	// What a chained record may name as its predecessor: the last chained record, or an unchained one written after
	// it while the writer held the lock (unchained writers do not wait for it).
	let previous = new Set<string | null>([null]);
	const sessionPrevious = new Map<string | null, Set<string | null>>();
	for (const [index, line] of lines.entries()) {
		const lineNumber = index + 1;
		const seal = checkSeal(line);
		if (seal === undefined) {
			const torn = !isJson(line);
			walk.findings.push(torn
				? {file: FILE, line: lineNumber, severity: 'notice', message: index === lines.length - 1 && !endsWithNewline ? 'torn tail: a writer was killed mid-line' : 'torn line: a writer was killed mid-line'}
				: {file: FILE, line: lineNumber, severity: 'tampered', message: 'a record without a seal: inserted or forged'});
			continue;
		}

		if (!seal.intact) {
			walk.findings.push({file: FILE, line: lineNumber, severity: 'tampered', message: 'the record does not match its hash: edited'});
		}

		const record = JSON.parse(line) as SealedRecord;
		const inSession = sessionPrevious.get(record.session_id) ?? new Set([null]);
		if (record.unchained) {
			previous.add(seal.hash);
			inSession.add(seal.hash);
		} else {
			if (!previous.has(record.prev)) {
				walk.findings.push({file: FILE, line: lineNumber, severity: 'tampered', message: describeBreak(walk.hashes, record.prev)});
			} else if (!inSession.has(record.session_prev)) {
				walk.findings.push({file: FILE, line: lineNumber, severity: 'tampered', message: `breaks the chain of session ${record.short_id}: one of its records was deleted, inserted or moved`});
			}

			walk.lastChainedHash = seal.hash;
			previous = new Set([seal.hash]);
			inSession.clear();
			inSession.add(seal.hash);
		}

		sessionPrevious.set(record.session_id, inSession);
		walk.hashes.set(seal.hash, lineNumber);
		expectTextLines(walk.expectedLines, record);
	}

	return walk;
}

function describeBreak(hashes: Map<string, number>, claimedPrevious: string | null): string {
	const claimedLine = claimedPrevious === null ? undefined : hashes.get(claimedPrevious);
	if (claimedPrevious === null) {
		return 'claims to be the first record, but records stand before it: inserted or moved';
	}

	return claimedLine === undefined
		? 'the record it follows is missing: deleted (or this record was moved or forged)'
		: `follows line ${claimedLine}, not the line before it: a record was inserted or lines were reordered`;
}

function expectTextLines(expected: Map<string, ExpectedLine[]>, record: SealedRecord): void {
	const refused = new Set(record.refused ?? []);
	const sessionFile = `sessions/${sessionFileName(record.session_id ?? undefined, record.short_id)}`;
	for (const [file, hash] of [['session.log', record.lines?.global], [sessionFile, record.lines?.session]] as const) {
		if (hash !== undefined && !refused.has(`.coograph/${file}`)) {
			const list = expected.get(file) ?? [];
			list.push({hash, unchained: record.unchained === true});
			expected.set(file, list);
		}
	}
}

function isJson(line: string): boolean {
	try {
		JSON.parse(line);
		return true;
	} catch {
		return false;
	}
}
