import {join} from 'node:path';
import type {SessionFile} from '../logs/session-files.ts';
import type {CommandLine} from './command-line.ts';
import type {Damage} from './damage.ts';
import {parseSessionFileLine} from './parse-line.ts';
import {scanLines} from './scan-lines.ts';

/** A per-session file's commands, for a session that no session log has a line of. */
export async function readSessionFile(file: SessionFile, damage: Damage): Promise<CommandLine[]> {
	const lines: CommandLine[] = [];
	const parseLine = (text: string, lineStart: number, lineEnd: number) => parseSessionFileLine(text, lineStart, lineEnd, file.shortId);
	for await (const batch of scanLines(join(file.folder, file.name), damage, {parseLine})) {
		lines.push(...batch);
	}

	return lines;
}
