import {patternRule} from '../secret-rule.ts';
import type {SecretRule} from '../secret-rule.ts';
import {isReference, readValue} from '../shell-value.ts';

/** `scheme://user:password@host`: the password goes, the user and host stay. */
export const urlPassword = patternRule('url-password', /:\/\/[^\s:@/'"`]*:(?<secret>[^\s@/'"`]+)@/, secret => !isReference(secret));

/** `Authorization: Bearer …`, `Authorization: Basic …`, `Proxy-Authorization: …`: the scheme stays. */
export const authorizationHeader = patternRule(
	'authorization-header',
	/(?<![\w-])(?:proxy-)?authorization[ \t]*:[ \t]*(?:[A-Za-z][\w-]*[ \t]+)?(?<secret>[^\s"'`]+)/i,
	looksLikeCredential,
);

/** A bearer token outside an Authorization header: `--header=Bearer …`, `-A bearer …`. */
export const bearerToken = patternRule('bearer-token', /(?<![\w-])bearer[ \t]+(?<secret>[\w~+/.=-]+)/i, looksLikeCredential);

const USER_OPTION = /(?<![\w-])(?:-u|--user)(?:[ \t]+|=)/g;
const CURL = /(?<![\w.-])curl\s/g;

/**
 * `curl -u user:password` and `--user`: the password goes. Only in a curl command, where `-u` is not a uid:gid
 * (`docker run -u 0:0`). Walks the command once, keeping where the current simple command starts and where curl
 * last appeared.
 */
export const curlUserPassword: SecretRule = {
	name: 'curl-user-password',
	* find(command) {
		USER_OPTION.lastIndex = 0;
		CURL.lastIndex = 0;
		let nextCurl = CURL.exec(command);
		if (nextCurl === null) {
			return;
		}

		let lastCurl = -1;
		let commandStart = 0;
		let walked = 0;
		for (let match = USER_OPTION.exec(command); match !== null; match = USER_OPTION.exec(command)) {
			for (; walked < match.index; walked++) {
				if (endsSimpleCommand(command, walked)) {
					commandStart = walked + 1;
				}
			}

			for (; nextCurl !== null && nextCurl.index < match.index; nextCurl = CURL.exec(command)) {
				lastCurl = nextCurl.index;
			}

			const value = readValue(command, USER_OPTION.lastIndex);
			const colon = value.start + command.slice(value.start, value.end).indexOf(':');
			if (lastCurl < commandStart || colon < value.start || colon >= value.end - 1 || isReference(command.slice(colon + 1, colon + 3))) {
				continue;
			}

			yield {start: colon + 1, end: value.end};
			USER_OPTION.lastIndex = value.end;
		}
	},
};

// Prose such as "authorization: verify signatures" is one lowercase word; a credential has digits, symbols or mixed case.
function looksLikeCredential(secret: string): boolean {
	return secret.length >= 8 && !isReference(secret) && (/[\d+/=_.~-]/.test(secret) || (/[a-z]/.test(secret) && /[A-Z]/.test(secret)));
}

// `;`, `|`, `&` or a line break that is not continued with a backslash.
function endsSimpleCommand(command: string, index: number): boolean {
	const character = command[index];
	return character === ';' || character === '|' || character === '&' || (character === '\n' && command[index - 1] !== '\\');
}
