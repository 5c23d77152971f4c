import {readFile} from 'node:fs/promises';
import {InstallerInputError} from '../errors.ts';

export type JsonObject = {[key: string]: unknown};

/** A JSON settings file as found on disk, kept so that rewriting it keeps its indentation and final newline. */
export type JsonFile = {
	path: string;
	/** undefined when the file does not exist. */
	text?: string;
	value: JsonObject;
};

export async function readJsonFile(path: string): Promise<JsonFile> {
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			return {path, value: {}};
		}

		throw error;
	}

	return {path, text, value: parseObject(path, text)};
}

function parseObject(path: string, text: string): JsonObject {
	let value: unknown;
	try {
		value = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (error) {
		throw new InstallerInputError(`${path} is not valid JSON (${(error as Error).message}); fix or move it, then run again`);
	}

	if (!isJsonObject(value)) {
		throw new InstallerInputError(`${path} does not hold a JSON object; fix or move it, then run again`);
	}

	return value;
}

export function isJsonObject(value: unknown): value is JsonObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Serialises a new value for the file the way its current text is laid out (2 spaces and a newline when new). */
export function formatJsonLike(file: JsonFile, value: JsonObject): string {
	const original = file.text ?? '\n';
	const indent = /^[ \t]+(?=")/m.exec(original)?.[0] ?? '  ';
	const byteOrderMark = original.startsWith('\uFEFF') ? '\uFEFF' : '';
	const finalNewline = original.endsWith('\n') ? '\n' : '';
	return `${byteOrderMark}${JSON.stringify(value, undefined, indent)}${finalNewline}`;
}
