import {readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {CONFIG_KEYS, DEFAULT_CONFIG} from './coograph-config.ts';
import type {CoographConfig} from './coograph-config.ts';
import type {ConfigKey} from './config-key.ts';

export const CONFIG_FILE_NAME = 'coograph.config.json';
// Read by every hook: a file this large is a mistake, and reading it would slow every command down.
const LARGEST_CONFIG_FILE = 1024 * 1024;

export type LoadedConfig = {
	readonly config: CoographConfig;
	/** One line each: what is wrong and what was used instead. Empty when the file is fine or absent. */
	readonly problems: readonly string[];
	/** The problems as the single line a hook writes to stderr; undefined when there are none. */
	readonly warning: string | undefined;
};

/**
 * Reads `coograph.config.json` at the project root, at each call (so a change applies to the next event). Never
 * throws: a missing file means the defaults, silently; an unreadable or invalid file means the defaults, with the
 * reason; an invalid key keeps its own default and the other keys still apply; unknown keys are reported and ignored.
 */
export function loadConfig(projectRoot: string): LoadedConfig {
	const problems: string[] = [];
	const config = readConfig(join(projectRoot, CONFIG_FILE_NAME), problem => problems.push(oneLine(problem)));
	return {
		config,
		problems,
		warning: problems.length === 0 ? undefined : `coograph: ${CONFIG_FILE_NAME}: ${problems.join('; ')}`,
	};
}

function readConfig(file: string, report: (problem: string) => void): CoographConfig {
	const text = readConfigText(file, report);
	if (text === undefined) {
		return DEFAULT_CONFIG;
	}

	let parsed: unknown;
	try {
		parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (error) {
		report(`not valid JSON (${(error as Error).message}); using the defaults`);
		return DEFAULT_CONFIG;
	}

	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
		report('must hold a JSON object; using the defaults');
		return DEFAULT_CONFIG;
	}

	const settings = parsed as Record<string, unknown>;
	for (const name of Object.keys(settings)) {
		if (!Object.hasOwn(CONFIG_KEYS, name)) {
			report(`unknown key "${name}" ignored`);
		}
	}

	const ignore = (path: string) => report(`unknown key "${path}" ignored`);
	return Object.fromEntries(Object.entries(CONFIG_KEYS).map(([name, key]: [string, ConfigKey<unknown>]) => [
		name,
		readKey(key, settings[name], name, ignore, report),
	])) as CoographConfig;
}

function readKey<Value>(key: ConfigKey<Value>, value: unknown, name: string, ignore: (path: string) => void, report: (problem: string) => void): Value {
	if (value === undefined) {
		return key.default;
	}

	try {
		return key.parse(value, name, ignore);
	} catch (error) {
		report(`${(error as Error).message}; "${name}" keeps its defaults`);
		return key.default;
	}
}

function readConfigText(file: string, report: (problem: string) => void): string | undefined {
	try {
		// No exception for the usual case, a project without a config: making one costs a hook tens of microseconds.
		const stats = statSync(file, {throwIfNoEntry: false});
		if (stats === undefined) {
			return undefined;
		}

		if (!stats.isFile()) {
			report('is not a file; using the defaults');
			return undefined;
		}

		if (stats.size > LARGEST_CONFIG_FILE) {
			report(`is larger than ${LARGEST_CONFIG_FILE} bytes; using the defaults`);
			return undefined;
		}

		return readFileSync(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code !== 'ENOENT' && code !== 'ENOTDIR') {
			report(`cannot be read (${(error as Error).message}); using the defaults`);
		}

		return undefined;
	}
}

// Error messages may quote the file, line breaks and control characters included.
function oneLine(text: string): string {
	return text.replace(/[\s\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g, ' ').slice(0, 300);
}
