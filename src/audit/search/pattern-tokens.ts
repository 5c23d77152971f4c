// A JavaScript regular expression (without the u flag) cut into the pieces that decide how a search can run:
// which characters are plain, where a group or an alternation is, what is quantified. Not a validator: the RegExp
// constructor has already accepted the pattern.

export type PatternToken =
	| {type: 'character'; character: string}
	/** Anything else that matches one character: a class, `.`, `\d`…, or a zero-width `$`, `\b`. */
	| {type: 'other'}
	| {type: 'line-start'}
	| {type: 'quantifier'; optional: boolean}
	| {type: 'alternation'}
	| {type: 'group-open'; lookaround: boolean}
	| {type: 'group-close'};

// After a backslash, these letters and digits mean something other than themselves.
const SPECIAL_ESCAPES = /[\dbBcdDfknpPrsStuvwWx]/;
const QUANTIFIER = /^(?:[*+?]|\{(\d+)(?:,\d*)?\})\??/;
const LOOKAROUND = /^\(\?(?:[=!]|<[=!])/;

export function patternTokens(pattern: string): PatternToken[] {
	const tokens: PatternToken[] = [];
	for (let index = 0; index < pattern.length;) {
		const character = pattern[index]!;
		const quantifier = QUANTIFIER.exec(pattern.slice(index));
		if (quantifier !== null) {
			const minimum = quantifier[1] === undefined ? (character === '+' ? 1 : 0) : Number(quantifier[1]);
			tokens.push({type: 'quantifier', optional: minimum === 0});
			index += quantifier[0].length;
		} else if (character === '\\') {
			const escaped = pattern[index + 1] ?? '\\';
			const special = SPECIAL_ESCAPES.test(escaped);
			tokens.push(special ? {type: 'other'} : {type: 'character', character: escaped});
			index += special ? specialEscapeLength(pattern, index) : 2;
		} else if (character === '[') {
			tokens.push({type: 'other'});
			index = classEnd(pattern, index) + 1;
		} else if (character === '(') {
			const lookaround = LOOKAROUND.exec(pattern.slice(index, index + 4));
			tokens.push({type: 'group-open', lookaround: lookaround !== null});
			index += lookaround?.[0].length ?? (pattern[index + 1] === '?' ? groupPrefixLength(pattern, index) : 1);
		} else {
			tokens.push(singleCharacterToken(character));
			index++;
		}
	}

	return tokens;
}

function singleCharacterToken(character: string): PatternToken {
	switch (character) {
		case ')': {
			return {type: 'group-close'};
		}

		case '|': {
			return {type: 'alternation'};
		}

		case '^': {
			return {type: 'line-start'};
		}

		case '.':
		case '$': {
			return {type: 'other'};
		}

		default: {
			return {type: 'character', character};
		}
	}
}

// `\x41`, `\u0041`, `\cJ`, `\k<name>`, `\12`: what follows the letter belongs to the escape. Taking too much only
// shortens a literal; taking too little would invent one.
function specialEscapeLength(pattern: string, start: number): number {
	const letter = pattern[start + 1];
	if (letter === 'x' || letter === 'c') {
		return letter === 'x' ? 4 : 3;
	}

	if (letter === 'u') {
		return pattern[start + 2] === '{' ? lengthThrough(pattern, start, '}') : 6;
	}

	if (letter === 'k' && pattern[start + 2] === '<') {
		return lengthThrough(pattern, start, '>');
	}

	const digits = /^\d*/.exec(pattern.slice(start + 1))![0];
	return 1 + Math.max(digits.length, 1);
}

// The `]` closing the class that opens at `start` (in JavaScript, `]` right after `[` or `[^` closes it too).
function classEnd(pattern: string, start: number): number {
	for (let index = start + 1; index < pattern.length; index++) {
		if (pattern[index] === '\\') {
			index++;
		} else if (pattern[index] === ']') {
			return index;
		}
	}

	return pattern.length;
}

// `(?:` or `(?<name>`: the characters to skip so that the group's contents come next.
function groupPrefixLength(pattern: string, start: number): number {
	return pattern[start + 2] === '<' ? lengthThrough(pattern, start, '>') : 3;
}

function lengthThrough(pattern: string, start: number, closing: string): number {
	const end = pattern.indexOf(closing, start);
	return (end < 0 ? pattern.length : end + 1) - start;
}
