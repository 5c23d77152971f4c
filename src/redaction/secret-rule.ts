/** A stretch of the command, as string indices: `start` included, `end` excluded. */
export type Span = {readonly start: number; readonly end: number};

export type SecretRule = {
	/** Shown in the marker that replaces what the rule finds: `[REDACTED:<name>]`. */
	readonly name: string;
	/**
	 * Text that comes with every secret the rule finds, such as a token's prefix, in lowercase: it is looked for in the
	 * lowercased command. A command that holds none is not searched, so the rule's regular expressions are never
	 * compiled: a hook redacts one command per process, and compiling is most of what that costs.
	 */
	readonly hints?: readonly string[];
	/** `lowercase` is the command in lowercase, index for index (see lowercaseInPlace). */
	readonly find: (command: string, lowercase: string) => Iterable<Span>;
};

export type PatternRuleOptions = {
	readonly hints?: readonly string[];
	/**
	 * Match the pattern, written in lowercase, against the lowercased command. It does what the `i` flag does, without
	 * its cost: the first case-insensitive regular expression a process runs costs V8 its case tables.
	 */
	readonly ignoreCase?: boolean;
	/** Turns down a match that only looks like a secret; it is given the secret as written. */
	readonly isSecret?: (secret: string) => boolean;
};

/**
 * A rule that is one regular expression. What it redacts is the named group `secret` when the pattern has one (the
 * rest of the match is context, kept as it is), else the whole match.
 */
export function patternRule(name: string, pattern: RegExp, {hints, ignoreCase, isSecret}: PatternRuleOptions = {}): SecretRule {
	// Made at the first search: a rule whose hints a command lacks never costs its parse.
	let global: RegExp | undefined;
	return {
		name,
		hints,
		* find(command, lowercase) {
			const searched = ignoreCase ? lowercase : command;
			global ??= new RegExp(pattern.source, `${pattern.flags.replace(/[gyd]/g, '')}gd`);
			global.lastIndex = 0;
			for (let match = global.exec(searched); match !== null; match = global.exec(searched)) {
				if (match[0] === '') {
					global.lastIndex++;
					continue;
				}

				const [start, end] = match.indices!.groups?.secret ?? match.indices![0];
				if (isSecret === undefined || isSecret(command.slice(start, end))) {
					yield {start, end};
				}
			}
		},
	};
}

/**
 * The command in lowercase with every character where it was, so that an index in one is the same place in the other.
 * U+0130 (İ) is the only character whose lowercase is two characters long: it becomes `i`.
 */
export function lowercaseInPlace(command: string): string {
	return command.replaceAll('\u0130', 'I').toLowerCase();
}
