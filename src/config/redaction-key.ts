import {DEFAULT_RULE_NAMES} from '../redaction/default-rules.ts';
import {expectBoolean, expectObject, expectRegExp, expectStrings, optional} from './check-setting.ts';
import {InvalidSetting} from './config-key.ts';
import type {ConfigKey} from './config-key.ts';

export type CustomRuleConfig = {
	/** Shown in the marker: `[REDACTED:<name>]`. */
	readonly name: string;
	/** A JavaScript regular expression; its named group `secret`, if any, is the part redacted. */
	readonly pattern: string;
	/** Any of `i`, `m`, `s`, `u`. */
	readonly flags: string;
};

export type RedactionConfig = {
	readonly enabled: boolean;
	/** Added after the default rules. */
	readonly rules: readonly CustomRuleConfig[];
	/** Exact values never redacted. */
	readonly allow: readonly string[];
	/** Names of default rules to leave out. */
	readonly disable: readonly string[];
};

const RULE_NAME = /^[\w.-]{1,64}$/;
const RULE_FLAGS = /^(?!.*(.).*\1)[imsu]*$/;

export const redactionKey: ConfigKey<RedactionConfig> = {
	default: {enabled: true, rules: [], allow: [], disable: []},
	parse(value, path, ignore) {
		const settings = expectObject(value, path, ['enabled', 'rules', 'allow', 'disable'], ignore);
		return {
			enabled: optional(settings, 'enabled', true, enabled => expectBoolean(enabled, `${path}.enabled`)),
			rules: optional(settings, 'rules', [], rules => parseRules(rules, `${path}.rules`, ignore)),
			allow: optional(settings, 'allow', [], allow => expectStrings(allow, `${path}.allow`)),
			disable: optional(settings, 'disable', [], disable => parseDisable(disable, `${path}.disable`)),
		};
	},
};

function parseRules(value: unknown, path: string, ignore: (path: string) => void): CustomRuleConfig[] {
	if (!Array.isArray(value)) {
		throw new InvalidSetting(`"${path}" must be a list of {"name", "pattern"} objects`);
	}

	return value.map((item, index) => parseRule(item, `${path}[${index}]`, ignore));
}

function parseRule(value: unknown, path: string, ignore: (path: string) => void): CustomRuleConfig {
	const rule = expectObject(value, path, ['name', 'pattern', 'flags'], ignore);
	if (typeof rule.name !== 'string' || !RULE_NAME.test(rule.name)) {
		throw new InvalidSetting(`"${path}.name" must be 1 to 64 letters, digits, "_", "." or "-"`);
	}

	const flags = optional(rule, 'flags', '', flags => {
		if (typeof flags !== 'string' || !RULE_FLAGS.test(flags)) {
			throw new InvalidSetting(`"${path}.flags" must be made of distinct "i", "m", "s", "u"`);
		}

		return flags;
	});
	if (typeof rule.pattern !== 'string' || rule.pattern === '') {
		throw new InvalidSetting(`"${path}.pattern" must be a non-empty string`);
	}

	// Such a pattern matches everywhere and redacts nothing: a mistake, not a rule.
	if (expectRegExp(rule.pattern, flags, `${path}.pattern`).test('')) {
		throw new InvalidSetting(`"${path}.pattern" matches the empty string`);
	}

	return {name: rule.name, pattern: rule.pattern, flags};
}

function parseDisable(value: unknown, path: string): string[] {
	const names = expectStrings(value, path);
	const unknown = names.find(name => !DEFAULT_RULE_NAMES.has(name));
	if (unknown !== undefined) {
		throw new InvalidSetting(`"${path}" names no default rule: "${unknown}"`);
	}

	return names;
}
