import {expectObject, expectRegExp, expectStrings, optional} from './check-setting.ts';
import type {ConfigKey} from './config-key.ts';

export type BlockConfig = {
	/** Names of findings whose commands are refused. */
	readonly findings: readonly string[];
	/** Regular expressions; a command matching one is refused. */
	readonly patterns: readonly string[];
};

export const blockKey: ConfigKey<BlockConfig> = {
	default: {findings: [], patterns: []},
	parse(value, path, ignore) {
		const settings = expectObject(value, path, ['findings', 'patterns'], ignore);
		return {
			findings: optional(settings, 'findings', [], findings => expectStrings(findings, `${path}.findings`)),
			patterns: optional(settings, 'patterns', [], patterns => expectStrings(patterns, `${path}.patterns`).map((pattern, index) => {
				expectRegExp(pattern, '', `${path}.patterns[${index}]`);
				return pattern;
			})),
		};
	},
};
