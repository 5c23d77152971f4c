import {createSha256, sha256Hex} from './sha256-hex.ts';

// A sealed record is `{…fields…,"hash":"<64 hex>"}`: the hash covers the JSON text before it, exactly as written.
const SEAL = /,"hash":"([\da-f]{64})"\}$/;

/** A record's JSON text, split where the chain fields start: the body is hashed before the chain lock is taken. */
export type PendingSeal = {
	/** Completes the record with its chain fields (`,"prev":…}`) and its own hash. */
	finish: (chainFields: string) => {line: string; hash: string};
};

/** `body` is the record's JSON text without its closing brace. */
export function startSeal(body: string): PendingSeal {
	const hasher = createSha256().update(body);
	return {
		finish(chainFields) {
			const hash = hasher.update(chainFields).digestHex();
			return {line: `${body}${chainFields.slice(0, -1)},"hash":"${hash}"}`, hash};
		},
	};
}

/** Appends the record's own hash to its JSON text (without the trailing newline). */
export function sealRecord(json: string): string {
	return startSeal(json.slice(0, -1)).finish('}').line;
}

export type SealCheck = {hash: string; intact: boolean};

/** The hash a line claims and whether the line's text still matches it; undefined when the line has no seal. */
export function checkSeal(line: string): SealCheck | undefined {
	const match = SEAL.exec(line);
	if (match === null) {
		return undefined;
	}

	const unsealed = `${line.slice(0, match.index)}}`;
	return {hash: match[1]!, intact: sha256Hex(unsealed) === match[1]};
}

const SEAL_START = ',"hash":"';
const SEAL_END = '"}';
const HASH_LENGTH = 64;

/** The hash at the end of a sealed line's last bytes, read without parsing the whole line. */
export function sealedHash(lineEnd: string): string | undefined {
	// String searches, not SEAL: a hook reads one seal per run, and compiling the regular expression costs more.
	const start = lineEnd.length - SEAL_END.length - HASH_LENGTH;
	if (start < SEAL_START.length || !lineEnd.endsWith(SEAL_END) || !lineEnd.startsWith(SEAL_START, start - SEAL_START.length)) {
		return undefined;
	}

	const hash = lineEnd.slice(start, start + HASH_LENGTH);
	return isLowercaseHex(hash) ? hash : undefined;
}

function isLowercaseHex(text: string): boolean {
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (!((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x66))) {
			return false;
		}
	}

	return true;
}
