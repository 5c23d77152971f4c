// Reads what coograph's hooks wrote into a project.

import {readFile, readdir} from 'node:fs/promises';
import {join} from 'node:path';
import type {EventRecord} from '../../../src/event/event-record.ts';

export type CoographLogs = {
	sessionLog: string;
	/** File names in `.coograph/sessions/`. */
	sessionFiles: string[];
	events: EventRecord[];
	readSessionFile: (name: string) => Promise<string>;
};

export async function readCoographLogs(project: string): Promise<CoographLogs> {
	const folder = join(project, '.coograph');
	const events = await readFile(join(folder, 'events.jsonl'), 'utf8');
	return {
		sessionLog: await readFile(join(folder, 'session.log'), 'utf8'),
		sessionFiles: (await readdir(join(folder, 'sessions'))).sort(),
		events: events.trimEnd().split('\n').map(line => JSON.parse(line) as EventRecord),
		readSessionFile: async name => readFile(join(folder, 'sessions', name), 'utf8'),
	};
}
