import {UsageError} from '../args/usage-error.ts';
import type {Needle} from '../read/line-visitors.ts';
import type {LineFilter} from '../read/scan-lines.ts';
import {CaselessNeedle} from './caseless-needle.ts';
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

	const alternatives = ignoreCase ? requiredLiterals(source).map(literals => asciiRuns(literals)) : requiredLiterals(source);
	const usable = alternatives.length > 0 && alternatives.every(literals => (literals[0]?.length ?? 0) >= MIN_LITERAL_LENGTH);
	const needle = (literal: string): Needle => ignoreCase ? new CaselessNeedle(literal) : Buffer.from(literal);
	const tokens = patternTokens(source);
	// On a whole line, `^` and lookarounds would see the text around the command; all else sees what it would alone.
	const needsCommandAlone = tokens.some(token => token.type === 'line-start' || (token.type === 'group-open' && token.lookaround));
	// Else searched from where the command starts in the line, which spares cutting the command out of every line tested.
	const fromCommand = new RegExp(source, ignoreCase ? 'gi' : 'g');
	return {
		keep: needsCommandAlone ? line => regex.test(line.command) : line => {
			fromCommand.lastIndex = line.commandStart;
			return fromCommand.test(line.text);
		},
		needles: usable ? alternatives.map(([longest]) => needle(longest!)) : undefined,
		// With one alternative, its other runs must be on the line too: `curl .*\| *sh` wants `|` and `sh` after `curl `.
		companions: usable && alternatives.length === 1 ? alternatives[0]!.slice(1).map(literal => needle(literal)) : undefined,
		scanner: needsCommandAlone ? undefined : new RegExp(source, ignoreCase ? 'gim' : 'gm'),
		pattern: {source, ignoreCase},
	};
}

// Regardless of case, a literal is looked for by its ASCII parts: `é` also matches `É`, whose bytes differ.
function asciiRuns(literals: string[]): string[] {
	return literals.flatMap(literal => literal.split(/[^\x00-\x7F]+/)).filter(run => run !== '').sort((a, b) => b.length - a.length);
}
