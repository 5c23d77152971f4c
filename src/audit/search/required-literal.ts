import {patternTokens} from './pattern-tokens.ts';

/**
 * The longest run of plain characters that every match of `pattern` contains, or '' when there is none this simple
 * analysis can vouch for (an alternation at the top, say). A line without it cannot match: the search looks for it
 * as bytes, the way grep does, and only decodes and tests the lines that have it.
 */
export function requiredLiteral(pattern: string): string {
	let longest = '';
	let run = '';
	let depth = 0;
	let lastWasCharacter = false;
	const endRun = () => {
		if (run.length > longest.length) {
			longest = run;
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
			return '';
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
	return longest;
}

// Without the u flag a quantifier binds to the last UTF-16 unit: drop a high surrogate left alone with it.
function withoutLastCharacter(run: string): string {
	const shorter = run.slice(0, -1);
	return /[\uD800-\uDBFF]$/.test(shorter) ? shorter.slice(0, -1) : shorter;
}
