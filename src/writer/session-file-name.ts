import {UNKNOWN_SESSION} from './short-id.ts';

const MAX_ID_LENGTH = 64;

/** `<short>-<sanitised id>.log`: opens with `cat sessions/<short>*` and with `cat sessions/*<id>.log`. */
export function sessionFileName(sessionId: string | undefined, short: string): string {
	if (sessionId === undefined) {
		return `${UNKNOWN_SESSION}.log`;
	}

	const sanitised = sessionId.replace(/[^\w-]/g, '_').slice(0, MAX_ID_LENGTH);
	return `${short}-${sanitised}.log`;
}
