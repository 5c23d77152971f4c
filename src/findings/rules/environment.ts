// ENV_ACCESS: the whole environment dumped: `env` or `printenv` alone, `export -p`, `set` or `declare -p` without
// names, a process's `/proc/…/environ`, or interpreter code that prints `process.env` or `os.environ` whole.
// SENSITIVE_ENV_ACCESS: a secret-named variable (`*_TOKEN`, `*_SECRET*`, `*API_KEY`, `*PASSWORD`, `DATABASE_URL`…)
// printed or read by name (`echo $GITHUB_TOKEN`, `printenv AWS_SECRET_ACCESS_KEY`, `os.environ["OPENAI_API_KEY"]`),
// or a dump of the environment filtered for secrets (`env | grep -i token`). Passing a secret to the program that
// needs it (`curl -H "Authorization: Bearer $TOKEN"`) is neither.

import {hasOption, parseArguments} from '../arguments/parse-arguments.ts';
import type {Invocation} from '../invocation/invocation.ts';
import {interpreterCode} from '../invocation/script-source.ts';
import {readPaths} from '../paths/read-paths.ts';
import {feedSome} from '../tokenize/feed.ts';
import type {Rule} from './rule.ts';

const SECRET_NAME = /(?:^|_)(?:SECRETS?|TOKENS?|PASSWORDS?|PASSWD|PASS|PASSPHRASE|CREDENTIALS?|CREDS|APIKEY|DSN|PAT|WEBHOOK(?:_URL)?)(?:_|$)|(?:API|ACCESS|PRIVATE|SECRET|SIGNING|ENCRYPTION|MASTER|LICENSE|ACCOUNT)_?KEY(?:_|$)|_PWD$|(?:DATABASE|DB|MONGO(?:DB)?|REDIS|POSTGRES(?:QL)?|MYSQL)_URL$|CONNECTION_STRING/i;
// `$NAME`, `${NAME}`, `${NAME:-…}`; `${NAME:+…}` only tells whether it is set.
const EXPANSION = /\$(\{)?([A-Za-z_]\w*)(:?\+)?/g;
const CODE_LOOKUP = /(?:environ(?:\.get)?\s*[[(]|getenv\s*\(|process\.env\.|process\.env\[|ENV\[|\$ENV\{)\s*['"]?([A-Za-z_]\w*)/g;
const CODE_DUMP = /(?:process\.env|os\.environ(?:\.items\(\))?|ENV\.to_h|%ENV)\s*[),]/;
const SECRET_SEARCH = /secret|token|passw|pass\b|key|credential|auth|pwd/i;
const PRINTERS = new Set(['echo', 'printf', 'print']);
const FILTERS = new Set(['grep', 'egrep', 'fgrep', 'rg', 'ag', 'awk', 'gawk', 'sed']);
const ENVIRONMENT_FILE = /^\/proc\/[^/]+\/environ$/;

function expandsSecret(text: string): boolean {
	return [...text.matchAll(EXPANSION)].some(([, brace, name, setTest]) => SECRET_NAME.test(name!) && !(brace && setTest));
}

function looksUpSecret(code: string): boolean {
	return [...code.matchAll(CODE_LOOKUP)].some(([, name]) => SECRET_NAME.test(name!));
}

function dumpsEnvironment(invocation: Invocation): boolean {
	const {name, args} = invocation;
	switch (name) {
		case 'env': {
			const parsed = parseArguments(args);
			return !hasOption(parsed, '-i', '--ignore-environment') && parsed.operands.every(operand => operand.includes('='));
		}

		case 'printenv': {
			return parseArguments(args).operands.length === 0;
		}

		case 'export': {
			return args.length === 0 || (args.length === 1 && args[0] === '-p');
		}

		case 'set': {
			return args.length === 0;
		}

		case 'declare':
		case 'typeset': {
			const parsed = parseArguments(args);
			return parsed.operands.length === 0 && !hasOption(parsed, '-f', '-F');
		}

		default: {
			const code = interpreterCode(invocation);
			return readPaths(invocation).some(path => ENVIRONMENT_FILE.test(path)) || (code !== undefined && CODE_DUMP.test(code));
		}
	}
}

function accessesSecret(invocation: Invocation): boolean {
	const {name, args} = invocation;
	if (PRINTERS.has(name)) {
		return args.some(argument => expandsSecret(argument));
	}

	if (name === 'printenv' || name === 'declare' || name === 'typeset') {
		return parseArguments(args).operands.some(operand => SECRET_NAME.test(operand));
	}

	if (FILTERS.has(name) && feedSome(invocation.upstream, dumpsEnvironment)) {
		return args.some(argument => SECRET_SEARCH.test(argument));
	}

	const code = interpreterCode(invocation);
	return code !== undefined && looksUpSecret(code);
}

export const ENV_ACCESS: Rule = {name: 'ENV_ACCESS', test: dumpsEnvironment};

export const SENSITIVE_ENV_ACCESS: Rule = {name: 'SENSITIVE_ENV_ACCESS', test: accessesSecret};
