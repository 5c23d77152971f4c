// Words a name ends in when its value is a secret: GITHUB_TOKEN, clientSecret, PGPASSWORD, --db-passwd.
const SECRET_WORD_ENDINGS = ['secret', 'token', 'password', 'passwd', 'credential'];
// Key kinds that are secrets, spelt as one word (apikey, privateKey) or two (API_KEY, access-key).
const KEY_KINDS = ['api', 'access', 'private'];
// Words that make the value point at a secret instead of holding it (--password-file, TOKEN_URL, SECRET_NAME), or
// turn the name into a switch or a setting (--no-password, --password-stdin, MAX_TOKEN_LENGTH).
const POINTER_WORDS = new Set([
	'arn', 'ask', 'cmd', 'command', 'count', 'dir', 'directory', 'endpoint', 'env', 'expiration', 'expires', 'expiry', 'existing',
	'file', 'files', 'folder', 'format', 'header', 'helper', 'id', 'ids', 'len', 'length', 'lifetime', 'limit',
	'location', 'max', 'min', 'mode', 'name', 'names', 'no', 'path', 'paths', 'policy', 'prompt', 'reset', 'size',
	'stdin', 'store', 'ttl', 'type', 'uri', 'url', 'var', 'version',
]);
const WORD_BREAK = /[^A-Za-z\d]+|(?<=[a-z\d])(?=[A-Z])/;

/**
 * Whether a variable, option, header or key name says its value is a secret. Whole words count, so TOKENIZERS,
 * MAX_TOKENS and GOOGLE_APPLICATION_CREDENTIALS (a path) do not.
 */
export function isSecretName(name: string): boolean {
	const words = name.split(WORD_BREAK).filter(Boolean).map(word => word.toLowerCase());
	if (words.some(word => POINTER_WORDS.has(word))) {
		return false;
	}

	return words.some((word, index) => word === 'pass'
		|| SECRET_WORD_ENDINGS.some(ending => word.endsWith(ending))
		|| KEY_KINDS.some(kind => word.endsWith(`${kind}key`) || (word.endsWith(kind) && words[index + 1] === 'key')));
}
