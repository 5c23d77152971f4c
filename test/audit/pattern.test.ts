import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {describe, expect, it} from 'vitest';
import {Damage} from '../../src/audit/read/damage.ts';
import {scanLines} from '../../src/audit/read/scan-lines.ts';
import {CaselessNeedle} from '../../src/audit/search/caseless-needle.ts';
import {commandPatternFilter} from '../../src/audit/search/command-pattern.ts';
import {requiredLiterals} from '../../src/audit/search/required-literal.ts';
import {generatedProject} from './helpers/generated-logs.ts';
import {join} from 'node:path';

describe('requiredLiterals', () => {
	it.each([
		['AWS_SECRET_ACCESS_KEY', ['AWS_SECRET_ACCESS_KEY']],
		['curl .*\\| *sh', ['curl ', 'sh', '|']],
		['install\\.sh', ['install.sh']],
		['ab*c', ['a', 'c']],
		['abc?def', ['def', 'ab']],
		['abcd+e', ['abcd', 'e']],
		['x{0,3}yz', ['yz']],
		['wxyz{2}q', ['wxyz', 'q']],
		['git (push|pull) origin', [' origin', 'git ']],
		['^npm run (build|test)$', ['npm run ']],
		['[abc]def\\d+ghij', ['ghij', 'def']],
		['\\x41BCD', ['BCD']],
		['\\u0041BC', ['BC']],
		['\\cJKL', ['KL']],
		['(?<name>abc)\\k<name>def', ['def']],
		['(?<=curl )https', ['https']],
		['rm -rf (?!node_modules)', ['rm -rf ']],
		['a\\\\b\\/c', ['a\\b/c']],
		['🐛+x', ['🐛', 'x']],
		['x🐛?', ['x']],
		['a.b.c', ['a', 'b', 'c']],
		['\\bword\\b', ['word']],
	])('finds what every match of %s contains: %j', (pattern, literals) => {
		expect(requiredLiterals(pattern)).toEqual([literals]);
	});

	it.each([
		['AWS_SECRET|OPENAI_API_KEY|ghp_', [['AWS_SECRET'], ['OPENAI_API_KEY'], ['ghp_']]],
		['git push|npm (test|run)', [['git push'], ['npm ']]],
		['curl .*\\| *sh|wget .*-O- *\\| *sh', [['curl ', 'sh', '|'], ['wget ', '-O-', 'sh', '|']]],
	])('finds the literals of each alternative of %s', (pattern, literals) => {
		expect(requiredLiterals(pattern)).toEqual(literals);
	});

	it.each(['push|x*', 'a|b|', '[ab]|cde', '(?:x)|yz', '.*'])('finds none when an alternative of %s has none', pattern => {
		expect(requiredLiterals(pattern)).toEqual([]);
	});
});

describe('the search as a line filter', () => {
	// Whatever path a pattern takes (literal, whole chunk, line by line), it keeps what testing each command keeps.
	it('keeps exactly the lines whose command matches', async () => {
		const {root, commands} = generatedProject({commands: 5000, days: 5});
		const patterns = ['AWS_SECRET|OPENAI_API_KEY|ghp_', 'rm -rf|git push|docker compose (up|down)', 'curl .*\\| *(sudo )?(ba)?sh', 'git .*origin .*main', 'git', 'Git', 'git push|npm test', '^(ls|pwd)$', '^cat ', 'json$', '[^a-z ]{4}', '\\s\\|\\s', '(?<!-)-la', 'é', '.', '^$', 'z*', 'install\\.sh \\| (sudo )?bash', '\\bgit\\b', '\\Bit', '\\B-', 'claude|codex', '\\] ', '[0-9]{2}:[0-9]{2}'];
		for (const pattern of patterns) {
			for (const ignoreCase of [false, true]) {
				const kept: string[] = [];
				for await (const batch of scanLines(join(root, '.coograph', 'session.log'), new Damage(), {filter: commandPatternFilter(pattern, ignoreCase)})) {
					kept.push(...batch.map(line => line.command));
				}

				const regex = new RegExp(pattern, ignoreCase ? 'i' : '');
				expect(kept, pattern).toEqual(commands.filter(command => regex.test(command.command)).map(command => command.command));
			}
		}
	});
});

describe('CaselessNeedle', () => {
	it.each([
		['authorization: bearer', 'curl -H "AuThOrIzAtIoN: bEaReR x"', 0, 9],
		['Bearer', 'BEARER bearer', 1, 7],
		['aab', 'AAAB', 0, 1],
		['[x]', '[X] [x]', 0, 0],
		['abc', 'ab', 0, -1],
		['abc', 'abd ABD aBc', 0, 8],
		['a@c', 'A`C a@C', 0, 4],
	])('finds %j in %j from %i at %i', (literal, text, from, expected) => {
		expect(new CaselessNeedle(literal).indexIn(Buffer.from(text), from)).toBe(expected);
	});
});

describe('the search regardless of case', () => {
	it('finds mixed-case and non-ASCII matches through the byte prefilter', async () => {
		const commands = [
			'curl -H "Authorization: Bearer abc" https://api.example.com',
			'curl -H "AUTHORIZATION: BEARER abc" https://api.example.com',
			'curl -H "authorization:  bearer abc" https://api.example.com',
			'echo "CAFÉ autHORization: beaRER"',
			'echo café authorization',
			'echo Café Authorization',
			'grep -ri AUTHORIZATION',
		];
		const root = mkdtempSync(join(tmpdir(), 'coograph-audit-caseless-'));
		const log = join(root, 'session.log');
		writeFileSync(log, commands.map(command => `[2026-01-01 00:00:00Z] [claude-code] [abcdef01] ${command}\n`).join(''));
		for (const pattern of ['authorization: bearer', 'café authorization', 'AUTHORIZATION$', '(curl|echo) .*bearer']) {
			const filter = commandPatternFilter(pattern, true);
			expect(filter.needles, pattern).toBeDefined();
			const kept: string[] = [];
			for await (const batch of scanLines(log, new Damage(), {filter})) {
				kept.push(...batch.map(line => line.command));
			}

			const regex = new RegExp(pattern, 'i');
			expect(kept, pattern).toEqual(commands.filter(command => regex.test(command)));
			expect(kept.length, pattern).toBeGreaterThan(0);
		}
	});
});
