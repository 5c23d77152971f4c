import {patternTokens} from './pattern-tokens.ts';

/**
 * For each alternative at the top of `pattern` (`AWS_SECRET|ghp_` has two), the runs of plain characters that every
 * match of it contains, longest first; none when an alternative has none this simple analysis can vouch for. A line
 * without them cannot match: the search looks for them as bytes, the way grep does, and only decodes and tests the
 * lines that have them.
 */
export function requiredLiterals(pattern: string): string[][] {
	const alternatives: string[][] = [];
	let runs: string[] = [];
	let run = '';
	let depth = 0;
	let lastWasCharacter = false;
	const endRun = () => {
		if (run !== '') {
			runs.push(run);
		}

		run = '';
	};

	for (const token of patternTokens(pattern)) {
		const wasCharacter = lastWasCharacter;
		lastWasCharacter = false;
		if (token.type === 'group-open') {
			depth++;
			endRun();
		} else if (token.type === 'group-close') {
			depth = Math.max(depth - 1, 0);
		} else if (depth > 0) {
			continue;
		} else if (token.type === 'alternation') {
			endRun();
			alternatives.push(runs);
			runs = [];
		} else if (token.type === 'character') {
			run += token.character;
			lastWasCharacter = true;
		} else if (token.type === 'quantifier') {
			// `ab*`: only `a` is required. `ab+`: `ab` is, but what follows may come after more `b`s.
			if (wasCharacter && token.optional) {
				run = withoutLastCharacter(run);
			}

			endRun();
		} else {
			endRun();
		}
	}

	endRun();
	alternatives.push(runs);
	return alternatives.some(required => required.length === 0) ? [] : alternatives.map(required => [...required].sort((a, b) => b.length - a.length));
}

// Without the u flag a quantifier binds to the last UTF-16 unit: drop a high surrogate left alone with it.
function withoutLastCharacter(run: string): string {
	const shorter = run.slice(0, -1);
	return /[\uD800-\uDBFF]$/.test(shorter) ? shorter.slice(0, -1) : shorter;
}
