import {UsageError} from '../args/usage-error.ts';
import type {LineFilter} from '../read/scan-lines.ts';
import {patternTokens} from './pattern-tokens.ts';
import {requiredLiterals} from './required-literal.ts';

// Shorter literals are common enough that looking for them first saves nothing.
const MIN_LITERAL_LENGTH = 3;

/**
 * A search pattern as a line filter: matched against the command only, never the time, agent or short id before it;
 * looked for first as a literal, then with the regular expression over whole chunks, and line by line only when the
 * pattern may depend on where the command starts (`^`, lookarounds).
 */
export function commandPatternFilter(source: string, ignoreCase: boolean): LineFilter {
	let regex;
	try {
		regex = new RegExp(source, ignoreCase ? 'i' : '');
	} catch (error) {
		throw new UsageError(`invalid regular expression: ${(error as Error).message}`);
	}

	const alternatives = ignoreCase ? [] : requiredLiterals(source);
	const usable = alternatives.length > 0 && alternatives.every(([longest]) => longest!.length >= MIN_LITERAL_LENGTH);
	const tokens = patternTokens(source);
	// On a whole line, `^` and lookarounds would see the text around the command; all else sees what it would alone.
	const needsCommandAlone = tokens.some(token => token.type === 'line-start' || (token.type === 'group-open' && token.lookaround));
	return {
		keep: line => regex.test(line.command),
		needles: usable ? alternatives.map(([longest]) => Buffer.from(longest!)) : undefined,
		// With one alternative, its other runs must be on the line too: `curl .*\| *sh` wants `|` and `sh` after `curl `.
		companions: usable && alternatives.length === 1 ? alternatives[0]!.slice(1).map(literal => Buffer.from(literal)) : undefined,
		scanner: needsCommandAlone ? undefined : new RegExp(source, ignoreCase ? 'gim' : 'gm'),
	};
}
