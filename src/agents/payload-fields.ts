// Payloads are untrusted JSON: every read checks the type and yields undefined otherwise.

export type Payload = Record<string, unknown>;

export function asObject(value: unknown): Payload | undefined {
	return typeof value === 'object' && value !== null && !Array.isArray(value) ? value as Payload : undefined;
}

export function stringField(object: Payload | undefined, key: string): string | undefined {
	const value = object?.[key];
	return typeof value === 'string' ? value : undefined;
}

export function numberField(object: Payload | undefined, key: string): number | undefined {
	const value = object?.[key];
	return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * A non-empty session id, or undefined: an empty id would only produce a misleading file name. Lone surrogates
 * become U+FFFD, as they would on disk, so that two ids that differ only there are one session everywhere.
 */
export function sessionIdField(object: Payload | undefined, key: string): string | undefined {
	const value = stringField(object, key);
	return value === '' || value === undefined ? undefined : Buffer.from(value).toString();
}

/** The number captured by `pattern` in a tool's result text, or null. */
export function parseExitCode(text: string | undefined, pattern: RegExp): number | null {
	const match = text === undefined ? null : pattern.exec(text);
	return match === null ? null : Number(match[1]);
}
