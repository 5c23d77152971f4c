import {join} from 'node:path';
import {execa} from 'execa';
import {afterEach, describe, expect, it} from 'vitest';
import {giveBack, takeBuffer} from '../../src/audit/read/block-buffers.ts';
import {CaselessNeedle} from '../../src/audit/search/caseless-needle.ts';
import {LiteralNeedle} from '../../src/audit/search/literal-needle.ts';
import {theSearchMemory} from '../../src/audit/search/simd/search-memory.ts';
import {generatedProject} from './helpers/generated-logs.ts';

// A small alphabet, upper and lower case, so that literals are found often, and nearly found more often still.
const ALPHABET = Buffer.from('abAB_ @`[{z\n');
const NO_COUNTS = new Uint32Array(256);

function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
		return state / 2_147_483_648;
	};
}

const randomBytes = (next: () => number, length: number) => Buffer.from(Array.from({length}, () => ALPHABET[Math.floor(next() * ALPHABET.length)]!));

// Where a literal is in text, ASCII letters regardless of case when asked: what the SIMD search must agree with.
function expectedIndex(text: Buffer, literal: Buffer, ignoreCase: boolean, from: number): number {
	return ignoreCase ? Buffer.from(text.toString('latin1').toLowerCase(), 'latin1').indexOf(literal.toString('latin1').toLowerCase(), from) : text.indexOf(literal, from);
}

// The text in the search memory, where the SIMD search runs.
const taken: Buffer[] = [];
function inSearchMemory(text: Buffer): Buffer {
	const slot = takeBuffer(text.length);
	taken.push(slot);
	text.copy(slot);
	return slot.subarray(0, text.length);
}

afterEach(() => {
	for (const slot of taken.splice(0)) {
		giveBack(slot);
	}
});

const never = {indexIn: () => {
	throw new Error('the fallback was used');
}};

describe('the SIMD literal search', () => {
	it('runs here: WebAssembly SIMD is supported, and logs are read into its memory', () => {
		expect(theSearchMemory()).toBeDefined();
		expect(theSearchMemory()!.holds(inSearchMemory(Buffer.from('text')))).toBe(true);
	});

	it.each([false, true])('finds every occurrence Buffer#indexOf does, from every start (regardless of case: %s)', ignoreCase => {
		const next = random(ignoreCase ? 7 : 3);
		for (let trial = 0; trial < 300; trial++) {
			const text = randomBytes(next, Math.floor(next() * 300));
			const literal = randomBytes(next, 1 + Math.floor(next() * (trial % 3 === 0 ? 12 : 3)));
			const stored = ignoreCase ? Buffer.from(literal.toString('latin1').toLowerCase(), 'latin1') : literal;
			const needle = new LiteralNeedle(stored, ignoreCase, NO_COUNTS, never);
			const bytes = inSearchMemory(text);
			for (let from = 0; from <= text.length; from += 1 + Math.floor(next() * 5)) {
				expect(needle.indexIn(bytes, from), `${literal.toString('latin1')} in ${text.toString('latin1')} from ${from}`).toBe(expectedIndex(text, literal, ignoreCase, from));
			}

			giveBack(taken.pop()!);
		}
	});

	it('finds a literal that ends the text, and none that would run past it', () => {
		const needle = new LiteralNeedle(Buffer.from('push'), false, NO_COUNTS, never);
		expect(needle.indexIn(inSearchMemory(Buffer.from('git push')), 0)).toBe(4);
		expect(needle.indexIn(inSearchMemory(Buffer.from('git pushx')).subarray(0, 7), 0)).toBe(-1);
	});

	it('folds ASCII letters only: `@` is not `` ` ``, `[` is not `{`', () => {
		const needle = new LiteralNeedle(Buffer.from('a`{'), true, NO_COUNTS, never);
		expect(needle.indexIn(inSearchMemory(Buffer.from('A@[ a@{ A`[ A`{')), 0)).toBe(12);
	});

	it('looks with its fallback where the text is not in the search memory, or the literal is too long for a needle', () => {
		const long = Buffer.from('x'.repeat(300));
		expect(new LiteralNeedle(long, false, NO_COUNTS, {indexIn: (bytes, from) => bytes.indexOf(long, from)}).indexIn(inSearchMemory(Buffer.concat([Buffer.from('ab'), long])), 0)).toBe(2);
		const caseless = new CaselessNeedle('bearer');
		expect(new LiteralNeedle(caseless.folded, true, NO_COUNTS, caseless).indexIn(Buffer.from('Authorization: Bearer x'), 0)).toBe(15);
	});

	it('finds the literal whichever two of its bytes the log\'s counts make it test first', () => {
		const counts = new Uint32Array(256).fill(1000);
		counts['q'.charCodeAt(0)] = 1;
		counts['z'.charCodeAt(0)] = 2;
		const needle = new LiteralNeedle(Buffer.from('aqbzc'), false, counts, never);
		expect(needle.indexIn(inSearchMemory(Buffer.from('aqbzx aqbzc')), 0)).toBe(6);
	});

	it('gives the built CLI the same answers as Node without WebAssembly (--jitless), where Buffer#indexOf looks', async () => {
		const {root, commands} = generatedProject({commands: 20_000, days: 5});
		const cli = join(import.meta.dirname, '../../dist/cli.js');
		for (const [pattern, ignoreCase] of [['git push', false], ['AWS_SECRET|OPENAI_API_KEY|ghp_', false], ['AUTHORIZATION: bearer', true]] as const) {
			const argv = [cli, 'audit', 'grep', ...(ignoreCase ? ['-i'] : []), pattern, '--dir', root];
			const [simd, jitless] = await Promise.all([execa('node', argv), execa('node', ['--jitless', ...argv])]);
			const regex = new RegExp(pattern, ignoreCase ? 'i' : '');
			expect(simd.stdout.split('\n').length, pattern).toBe(commands.filter(command => regex.test(command.command)).length);
			expect(simd.stdout, pattern).toBe(jitless.stdout);
		}
	});
});
