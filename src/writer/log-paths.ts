import {join} from 'node:path';

export const LOG_FOLDER = '.coograph';

export function logPaths(projectRoot: string) {
	const folder = join(projectRoot, LOG_FOLDER);
	return {
		folder,
		sessionsFolder: join(folder, 'sessions'),
		headsFolder: join(folder, 'heads'),
		globalLog: join(folder, 'session.log'),
		eventsLog: join(folder, 'events.jsonl'),
		lockFile: join(folder, '.lock'),
		pendingNote: join(folder, 'heads', '.pending'),
	};
}

export type LogPaths = ReturnType<typeof logPaths>;
