/** One top-level key of coograph.config.json: its default and how to read it. */
export type ConfigKey<Value> = {
	readonly default: Value;
	/**
	 * Reads the key's value from the parsed file. Throws InvalidSetting when the value cannot be used (the key then
	 * keeps its default); calls `ignore` with the path of each nested key it does not know.
	 */
	readonly parse: (value: unknown, path: string, ignore: (path: string) => void) => Value;
};

/** A setting that cannot be used as written. The message names its path and says what it should be. */
export class InvalidSetting extends Error {}
