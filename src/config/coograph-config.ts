import {blockKey} from './block-key.ts';
import {expectBoolean} from './check-setting.ts';
import type {ConfigKey} from './config-key.ts';
import {redactionKey} from './redaction-key.ts';

const failClosedKey: ConfigKey<boolean> = {
	default: false,
	parse: (value, path) => expectBoolean(value, path),
};

/** Every top-level key coograph.config.json may hold. A key added here is read, checked and defaulted like the others. */
export const CONFIG_KEYS = {
	redaction: redactionKey,
	/** Strict mode: block the command when its record cannot be written. */
	failClosed: failClosedKey,
	/** Policy: refuse commands with these findings or matching these patterns. */
	block: blockKey,
};

type ValueOf<Key> = Key extends ConfigKey<infer Value> ? Value : never;

export type CoographConfig = {readonly [Name in keyof typeof CONFIG_KEYS]: ValueOf<(typeof CONFIG_KEYS)[Name]>};

export const DEFAULT_CONFIG = Object.fromEntries(Object.entries(CONFIG_KEYS).map(([name, key]) => [name, key.default])) as CoographConfig;
