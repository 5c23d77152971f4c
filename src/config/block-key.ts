import {FINDING_NAMES} from '../findings/finding.ts';
import {expectObject, expectRegExp, expectStrings, optional} from './check-setting.ts';
import {InvalidSetting, type ConfigKey} from './config-key.ts';

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
			findings: optional(settings, 'findings', [], findings => expectFindingNames(expectStrings(findings, `${path}.findings`), `${path}.findings`)),
			patterns: optional(settings, 'patterns', [], patterns => expectStrings(patterns, `${path}.patterns`).map((pattern, index) => {
				expectRegExp(pattern, '', `${path}.patterns[${index}]`);
				return pattern;
			})),
		};
	},
};

// A misspelt name would silently never block: refuse it, so that doctor and the hooks say so.
function expectFindingNames(names: string[], path: string): string[] {
	const unknown = names.filter(name => !(FINDING_NAMES as readonly string[]).includes(name));
	if (unknown.length > 0) {
		throw new InvalidSetting(`"${path}" names no such finding: ${unknown.join(', ')}`);
	}

	return names;
}
