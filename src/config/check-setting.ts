import {InvalidSetting} from './config-key.ts';

// Small checks shared by the keys' parsers. Each throws InvalidSetting with the setting's path.

export function expectObject(value: unknown, path: string, knownKeys: readonly string[], ignore: (path: string) => void): Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw new InvalidSetting(`"${path}" must be an object`);
	}

	for (const key of Object.keys(value)) {
		if (!knownKeys.includes(key)) {
			ignore(`${path}.${key}`);
		}
	}

	return value as Record<string, unknown>;
}

export function expectBoolean(value: unknown, path: string): boolean {
	if (typeof value !== 'boolean') {
		throw new InvalidSetting(`"${path}" must be true or false`);
	}

	return value;
}

export function expectStrings(value: unknown, path: string): string[] {
	if (!Array.isArray(value) || value.some(item => typeof item !== 'string' || item === '')) {
		throw new InvalidSetting(`"${path}" must be a list of non-empty strings`);
	}

	return value as string[];
}

export function expectRegExp(source: string, flags: string, path: string): RegExp {
	try {
		return new RegExp(source, flags);
	} catch (error) {
		throw new InvalidSetting(`"${path}" is not a valid regular expression (${(error as Error).message})`);
	}
}

/** The object's value at `key`, read by `read`, or `fallback` when the key is absent. */
export function optional<Value>(object: Record<string, unknown>, key: string, fallback: Value, read: (value: unknown) => Value): Value {
	return object[key] === undefined ? fallback : read(object[key]);
}
