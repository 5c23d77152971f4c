import {loadConfig, CONFIG_FILE_NAME} from '../config/load-config.ts';
import type {Check} from './hook-trust.ts';

/** What the hooks make of the project's coograph.config.json: a file they cannot use falls back to the defaults. */
export function configCheck(projectDir: string): Check {
	const {problems} = loadConfig(projectDir);
	return problems.length === 0
		? {ok: true, text: `${CONFIG_FILE_NAME}: valid (or absent: the defaults)`}
		: {ok: false, text: `${CONFIG_FILE_NAME}: ${problems.join('; ')}`};
}
