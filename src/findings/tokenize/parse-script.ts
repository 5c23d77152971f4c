// Splits a shell script into its simple commands as the shell would: lists (`;`, `&&`, `||`, `&`, newlines),
// pipelines, subshells and groups, compound commands, functions, redirections, here-documents and substitutions.
// Lenient: input a shell would reject still gives the commands it can read.

import {type Cursor, METACHARACTERS, skipBalanced, skipBlanks} from './cursor.ts';
import type {Feed} from './feed.ts';
import {readWord} from './read-word.ts';
import type {Redirect, RedirectOperator, SimpleCommand} from './simple-command.ts';

const CLOSERS: Record<string, string> = {'{': '}', if: 'fi', while: 'done', until: 'done', for: 'done', select: 'done'};
// Words that only introduce the command after them.
const PREFIX_KEYWORDS = new Set(['then', 'else', 'elif', 'do', '!']);
const REDIRECTION = /^(?:\d+|\{[A-Za-z_]\w*\})?(<<<|<<-|<<|<>|<&|<|>>|>&|>\||>|&>>|&>)/;
const REDIRECTION_START = /[\d<>&{]/;
const ASSIGNMENT = /^[A-Za-z_]\w*(?:\[[^\]]*\])?\+?=/;
// Deeper nesting than any real command; past it the rest is left unread, so hostile input cannot exhaust the stack.
const MAX_DEPTH = 64;

/** How a list ended: at its closing word or `)`, at a `case` item's `;;`, or at the end of the source. */
type ListEnd = 'closed' | 'item' | 'end';

type PendingHereDocument = {redirect: Redirect; delimiter: string; stripTabs: boolean};

class ScriptParser implements Cursor {
	index = 0;
	readonly commands: SimpleCommand[] = [];
	private readonly hereDocuments: PendingHereDocument[] = [];
	private depth = 0;

	constructor(readonly source: string, private readonly outerDepth = 0, private inFunction: string | undefined = undefined) {}

	parseSubstitution(enclosing: SimpleCommand | undefined): void {
		this.parseList(')', undefined, enclosing);
	}

	parseBackquoted(text: string, enclosing: SimpleCommand | undefined): void {
		const inner = new ScriptParser(text, this.outerDepth + this.depth + 1, this.inFunction);
		inner.parseList(undefined, undefined, enclosing);
		this.commands.push(...inner.commands);
	}

	parseList(closer: string | undefined, upstream: Feed<SimpleCommand> | undefined, enclosing: SimpleCommand | undefined): ListEnd {
		if (++this.depth + this.outerDepth > MAX_DEPTH) {
			this.index = this.source.length;
		}

		try {
			return this.parseItems(closer, upstream, enclosing);
		} finally {
			this.depth--;
		}
	}

	private parseItems(closer: string | undefined, upstream: Feed<SimpleCommand> | undefined, enclosing: SimpleCommand | undefined): ListEnd {
		const {source} = this;
		let pipelineStart = this.commands.length;
		let stageStart = pipelineStart;
		let stageUpstream = upstream;
		const endPipeline = () => {
			pipelineStart = this.commands.length;
			stageStart = pipelineStart;
			stageUpstream = upstream;
		};

		while (true) {
			skipBlanks(this);
			if (this.index >= source.length) {
				return 'end';
			}

			const character = source[this.index]!;
			const pair = source.slice(this.index, this.index + 2);
			if (character === '\n') {
				this.index++;
				this.readHereDocuments();
				endPipeline();
			} else if (character === '#') {
				const end = source.indexOf('\n', this.index);
				this.index = end === -1 ? source.length : end;
			} else if (character === ')') {
				this.index++;
				if (closer === ')') {
					return 'closed';
				}
			} else if (closer === 'esac' && (pair === ';;' || pair === ';&')) {
				this.index += source[this.index + 2] === '&' ? 3 : 2;
				return 'item';
			} else if (pair === '|&' || (character === '|' && pair !== '||')) {
				this.index += pair === '|&' ? 2 : 1;
				stageUpstream = {commands: this.commands.slice(stageStart), from: stageUpstream};
				stageStart = this.commands.length;
			} else if (pair === '&&' || pair === '||' || character === ';' || (character === '&' && source[this.index + 1] !== '>')) {
				this.index += pair === '&&' || pair === '||' || pair === ';;' ? 2 : 1;
				if (character === '&' && pair !== '&&') {
					for (const command of this.commands.slice(pipelineStart)) {
						command.background = true;
					}
				}

				endPipeline();
			} else if (pair === '((') {
				skipBalanced(this, '(', ')');
			} else if (character === '(') {
				this.index++;
				this.parseList(')', stageUpstream, enclosing);
			} else if (this.parseCommand(closer, stageUpstream, enclosing) === 'closed') {
				return 'closed';
			}
		}
	}

	/** Reads one simple command, or the compound command its first word opens. */
	private parseCommand(closer: string | undefined, upstream: Feed<SimpleCommand> | undefined, enclosing: SimpleCommand | undefined): ListEnd | undefined {
		const {source} = this;
		const command: SimpleCommand = {words: [], redirects: [], upstream, enclosing, inFunction: this.inFunction, background: false};
		while (true) {
			skipBlanks(this);
			const character = source[this.index];
			if (character === undefined || character === '#') {
				break;
			}

			const redirection = REDIRECTION_START.test(character) ? REDIRECTION.exec(source.slice(this.index, this.index + 24)) : null;
			if (redirection && source[this.index + redirection[0].length] !== '(') {
				this.index += redirection[0].length;
				this.readRedirect(command, redirection[1] as RedirectOperator);
				continue;
			}

			if (character === '(' && command.words.length === 1 && command.redirects.length === 0 && /^\(\s*\)/.test(source.slice(this.index, this.index + 16))) {
				this.index = source.indexOf(')', this.index) + 1;
				this.parseFunctionBody(command.words[0]!, enclosing);
				return undefined;
			}

			if (METACHARACTERS.has(character) && !/^[<>]\(/.test(source.slice(this.index, this.index + 2))) {
				break;
			}

			const start = this.index;
			let word = readWord(this, command);
			const raw = source.slice(start, this.index);
			const assignment = ASSIGNMENT.test(raw);
			if (assignment && raw.endsWith('=') && source[this.index] === '(') {
				// `NAME=(a b)`: an array, also as an argument of `declare`, `local`, `export`.
				const arrayStart = this.index;
				skipBalanced(this, '(', ')');
				word += source.slice(arrayStart, this.index);
			}

			if (command.words.length === 0) {
				if (raw === closer) {
					return 'closed';
				}

				if (this.parseCompound(raw, upstream, enclosing)) {
					return undefined;
				}

				if (PREFIX_KEYWORDS.has(raw) || assignment) {
					continue;
				}
			}

			command.words.push(word);
		}

		if (command.words.length > 0 || command.redirects.length > 0) {
			this.commands.push(command);
		}

		return undefined;
	}

	/** Parses the compound command that `keyword` opens; false when it opens none. */
	private parseCompound(keyword: string, upstream: Feed<SimpleCommand> | undefined, enclosing: SimpleCommand | undefined): boolean {
		switch (keyword) {
			case 'function': {
				skipBlanks(this);
				const name = readWord(this, undefined);
				skipBlanks(this);
				if (this.source.startsWith('()', this.index)) {
					this.index += 2;
				}

				this.parseFunctionBody(name, enclosing);
				return true;
			}

			case '[[': {
				this.skipTestExpression();
				return true;
			}

			case 'case': {
				this.parseCase(upstream, enclosing);
				return true;
			}

			case 'for':
			case 'select': {
				this.skipLoopHeader();
				break;
			}

			default: {
				if (!Object.hasOwn(CLOSERS, keyword)) {
					return false;
				}
			}
		}

		this.parseList(CLOSERS[keyword], upstream, enclosing);
		return true;
	}

	/** The compound command after `NAME()` or `function NAME`, whose commands run when the function is called. */
	private parseFunctionBody(name: string, enclosing: SimpleCommand | undefined): void {
		const outer = this.inFunction;
		this.inFunction = name;
		while (' \t\n'.includes(this.source[this.index] ?? '-')) {
			this.index++;
		}

		if (this.source[this.index] === '(') {
			this.index++;
			this.parseList(')', undefined, enclosing);
		} else {
			this.parseCommand(undefined, undefined, enclosing);
		}

		this.inFunction = outer;
	}

	/** `for NAME in WORDS;` or `for ((…));`: no command to read before the body. */
	private skipLoopHeader(): void {
		skipBlanks(this);
		if (this.source.startsWith('((', this.index)) {
			skipBalanced(this, '(', ')');
		}

		while (this.index < this.source.length && !';\n'.includes(this.source[this.index]!)) {
			skipBlanks(this);
			if (!METACHARACTERS.has(this.source[this.index] ?? '')) {
				readWord(this, undefined);
			} else if (!';\n'.includes(this.source[this.index]!)) {
				this.index++;
			}
		}

		this.index++;
	}

	/** `[[ … ]]`: its `<`, `>`, `&&` and parentheses are operators of the test, not of the shell. */
	private skipTestExpression(): void {
		const end = this.source.indexOf(']]', this.index);
		this.index = end === -1 ? this.source.length : end + 2;
	}

	/** `case WORD in PATTERN) LIST ;; … esac` */
	private parseCase(upstream: Feed<SimpleCommand> | undefined, enclosing: SimpleCommand | undefined): void {
		const {source} = this;
		while (this.index < source.length) {
			skipBlanks(this);
			if (METACHARACTERS.has(source[this.index]!)) {
				this.index++;
			} else if (readWord(this, undefined) === 'in') {
				break;
			}
		}

		while (this.index < source.length) {
			skipBlanks(this);
			if (source[this.index] === '\n' || source[this.index] === '(') {
				this.index++;
				continue;
			}

			const start = this.index;
			if (readWord(this, undefined) === 'esac' && source.slice(start, this.index) === 'esac') {
				return;
			}

			while (this.index < source.length && source[this.index] !== ')') {
				this.index++;
				skipBlanks(this);
				if (!METACHARACTERS.has(source[this.index] ?? '')) {
					readWord(this, undefined);
				}
			}

			this.index++;
			if (this.parseList('esac', upstream, enclosing) !== 'item') {
				return;
			}
		}
	}

	private readRedirect(command: SimpleCommand, operator: RedirectOperator): void {
		skipBlanks(this);
		const redirect: Redirect = {operator, target: readWord(this, command)};
		command.redirects.push(redirect);
		if (operator === '<<' || operator === '<<-') {
			this.hereDocuments.push({redirect, delimiter: redirect.target, stripTabs: operator === '<<-'});
			redirect.target = '';
		}
	}

	/** After a newline: the bodies of the here-documents opened on the line just read. */
	private readHereDocuments(): void {
		for (const {redirect, delimiter, stripTabs} of this.hereDocuments.splice(0)) {
			const lines: string[] = [];
			while (this.index < this.source.length) {
				const end = this.source.indexOf('\n', this.index);
				const rawLine = this.source.slice(this.index, end === -1 ? this.source.length : end);
				this.index = end === -1 ? this.source.length : end + 1;
				const line = stripTabs ? rawLine.replace(/^\t+/, '') : rawLine;
				if (line === delimiter) {
					break;
				}

				lines.push(line);
			}

			redirect.target = lines.join('\n');
		}
	}
}

export function parseScript(source: string): SimpleCommand[] {
	const parser = new ScriptParser(source);
	parser.parseList(undefined, undefined, undefined);
	return parser.commands;
}
