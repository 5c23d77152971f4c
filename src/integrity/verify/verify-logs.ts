import {readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {logPaths} from '../../writer/log-paths.ts';
import type {VerifyFinding} from './finding.ts';
import {readFileLines} from './read-lines.ts';
import {verifyAnchor} from './verify-anchor.ts';
import {verifyChain} from './verify-chain.ts';
import {verifyTextLog} from './verify-text-log.ts';

export type VerifyReport = {
	findings: VerifyFinding[];
	/** Sealed records in events.jsonl. */
	records: number;
	/** Text logs checked: session.log and the session files. */
	textLogs: number;
};

/** Every finding in a project's logs: the chain, the text files against it, and the anchor outside the project. */
export async function verifyLogs(projectRoot: string): Promise<VerifyReport> {
	const paths = logPaths(projectRoot);
	const events = await readFileLines(paths.eventsLog);
	const walk = events === undefined ? undefined : verifyChain(events);
	const findings = [...walk?.findings ?? []];
	const anchorFinding = verifyAnchor(projectRoot, walk, events === undefined ? 0 : statSync(paths.eventsLog).size);
	if (anchorFinding !== undefined) {
		findings.push(anchorFinding);
	}

	const expected = walk?.expectedLines ?? new Map();
	const textFiles = new Set(['session.log', ...expected.keys(), ...listSessionFiles(paths.sessionsFolder)]);
	for (const file of textFiles) {
		findings.push(...verifyTextLog(`.coograph/${file}`, await readFileLines(join(paths.folder, file)), expected.get(file) ?? []));
	}

	return {findings, records: walk?.hashes.size ?? 0, textLogs: textFiles.size};
}

function listSessionFiles(folder: string): string[] {
	try {
		return readdirSync(folder).filter(name => name.endsWith('.log')).map(name => `sessions/${name}`);
	} catch {
		return [];
	}
}
