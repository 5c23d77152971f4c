/** A stretch of the command, as string indices: `start` included, `end` excluded. */
export type Span = {readonly start: number; readonly end: number};

export type SecretRule = {
	/** Shown in the marker that replaces what the rule finds: `[REDACTED:<name>]`. */
	readonly name: string;
	readonly find: (command: string) => Iterable<Span>;
};

/**
 * A rule that is one regular expression. What it redacts is the named group `secret` when the pattern has one (the
 * rest of the match is context, kept as it is), else the whole match. `isSecret` can turn down a match that only looks
 * like a secret.
 */
export function patternRule(name: string, pattern: RegExp, isSecret?: (secret: string) => boolean): SecretRule {
	const global = new RegExp(pattern.source, `${pattern.flags.replace(/[gyd]/g, '')}gd`);
	return {
		name,
		* find(command) {
			global.lastIndex = 0;
			for (let match = global.exec(command); match !== null; match = global.exec(command)) {
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
