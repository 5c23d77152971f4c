import {patternRule} from '../secret-rule.ts';
import type {SecretRule} from '../secret-rule.ts';
import {isReference, quoteAt, readValue} from '../shell-value.ts';

/** `scheme://user:password@host`: the password goes, the user and host stay. */
export const urlPassword = patternRule('url-password', /:\/\/[^\s:@/'"`]*:(?<secret>[^\s@/'"`]+)@/, {
	hints: ['://'],
	isSecret: secret => !isReference(secret),
});

/** `Authorization: Bearer …`, `Authorization: Basic …`, `Proxy-Authorization: …`: the scheme stays. */
export const authorizationHeader = patternRule(
	'authorization-header',
	/(?<![\w-])(?:proxy-)?authorization[ \t]*:[ \t]*(?:[a-z][\w-]*[ \t]+)?(?<secret>[^\s"'`]+)/,
	{hints: ['authorization'], ignoreCase: true, isSecret: looksLikeCredential},
);

/** A bearer token outside an Authorization header: `curl --oauth2-bearer …`, `AUTH="Bearer …"`. */
export const bearerToken = patternRule(
	'bearer-token',
	/(?<!\w)bearer(?:[ \t]+|=)(?<secret>[\w~+/.=-]+)/,
	{hints: ['bearer'], ignoreCase: true, isSecret: looksLikeCredential},
);

const USER_OPTION = /(?<![\w-])(?:-u|--user)(?:[ \t]+|=)/g;
const CURL = /(?<![\w.-])curl\s/g;
// Ends a simple command: `;`, `|`, `&`, or a line break not continued with a backslash.
const COMMAND_END = /[;|&]|(?<!\\)\n/g;

/**
 * `curl -u user:password` and `--user`: the password goes. Only in a curl command, where `-u` is not a uid:gid
 * (`docker run -u 0:0`). Walks the command once, keeping where the current simple command starts and where curl
 * last appeared.
 */
export const curlUserPassword: SecretRule = {
	name: 'curl-user-password',
	hints: ['curl'],
	* find(command) {
		const lastCurlBefore = lastMatchBefore(CURL, command);
		const lastCommandEndBefore = lastMatchBefore(COMMAND_END, command);
		USER_OPTION.lastIndex = 0;
		for (let match = USER_OPTION.exec(command); match !== null; match = USER_OPTION.exec(command)) {
			const isBare = quoteAt(command, USER_OPTION.lastIndex) === undefined;
			const credentials = readValue(command, USER_OPTION.lastIndex);
			const colon = credentials.start + command.slice(credentials.start, credentials.end).indexOf(':');
			// `kevin:'password'`: the password is quoted on its own.
			const password = isBare && colon === credentials.end - 1 && quoteAt(command, credentials.end) !== undefined
				? readValue(command, credentials.end)
				: {start: colon + 1, end: credentials.end};
			if (colon < credentials.start || password.end <= password.start || isReference(command.slice(password.start, password.start + 64))
				|| lastCurlBefore(match.index) <= lastCommandEndBefore(match.index)) {
				continue;
			}

			yield password;
			USER_OPTION.lastIndex = password.end;
		}
	},
};

/**
 * For increasing positions, where `pattern` last matched before each (-1: nowhere). Each call resumes the search, so
 * a whole walk through the command scans it once.
 */
function lastMatchBefore(pattern: RegExp, command: string): (position: number) => number {
	pattern.lastIndex = 0;
	let next = pattern.exec(command);
	let last = -1;
	return position => {
		for (; next !== null && next.index < position; next = pattern.exec(command)) {
			last = next.index;
		}

		return last;
	};
}

// Prose such as "authorization: verify signatures" is one lowercase word; a credential has digits, symbols or mixed case.
function looksLikeCredential(secret: string): boolean {
	return secret.length >= 8 && !isReference(secret) && (/[\d+/=_.~-]/.test(secret) || (/[a-z]/.test(secret) && /[A-Z]/.test(secret)));
}
