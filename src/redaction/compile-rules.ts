import type {RedactionConfig} from '../config/redaction-key.ts';
import {DEFAULT_RULES} from './default-rules.ts';
import {patternRule} from './secret-rule.ts';
import type {SecretRule} from './secret-rule.ts';

export type CompiledRules = {
	readonly rules: readonly SecretRule[];
	/** Exact values never redacted, whichever rule finds them. */
	readonly allow: ReadonlySet<string>;
};

/** The rules a project's redaction settings ask for. Expects settings checked by loadConfig, whose patterns compile. */
export function compileRules(config: RedactionConfig): CompiledRules {
	if (!config.enabled) {
		return {rules: [], allow: new Set()};
	}

	const disabled = new Set(config.disable);
	return {
		rules: [
			...DEFAULT_RULES.filter(rule => !disabled.has(rule.name)),
			...config.rules.map(rule => patternRule(rule.name, new RegExp(rule.pattern, rule.flags))),
		],
		allow: new Set(config.allow),
	};
}
