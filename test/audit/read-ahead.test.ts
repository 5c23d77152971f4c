import {appendFileSync, closeSync, mkdtempSync, openSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {describe, expect, it} from 'vitest';
import {Damage} from '../../src/audit/read/damage.ts';
import {readLineChunks, type ByteRange} from '../../src/audit/read/line-chunks.ts';
import {ReadAhead} from '../../src/audit/read/read-ahead.ts';

const folder = mkdtempSync(join(tmpdir(), 'coograph-read-ahead-'));

function fileWith(name: string, text: string): string {
	const file = join(folder, name);
	writeFileSync(file, text);
	return file;
}

// Every block of a read ahead, joined, and how many there were.
async function readAll(reads: ReadAhead): Promise<{text: string; blocks: number}> {
	let text = '';
	let blocks = 0;
	for (let block = await reads.next(); block.length > 0; block = await reads.next()) {
		text += block.buffer.toString('latin1', 3, 3 + block.length);
		blocks++;
	}

	await reads.close();
	return {text, blocks};
}

const DIGITS = Array.from({length: 100}, (_, index) => String(index % 10)).join('');

describe('reading ahead', () => {
	it.each<[string, ByteRange, string]>([
		['the whole file', {start: 0, end: Number.POSITIVE_INFINITY}, DIGITS],
		['a range in the middle', {start: 13, end: 61}, DIGITS.slice(13, 61)],
		['a range past the end of the file', {start: 90, end: 500}, DIGITS.slice(90)],
	])('hands out %s in order, block by block, each after the room left before it', async (_, range, expected) => {
		const descriptor = openSync(fileWith('digits', DIGITS), 'r');
		const {text, blocks} = await readAll(new ReadAhead(descriptor, range, {blockSize: 7, blocks: 3, room: 3}));
		closeSync(descriptor);
		expect(text).toBe(expected);
		expect(blocks).toBe(Math.ceil(expected.length / 7));
	});

	it('reads on from where the file ended when it grows after a read came back short', async () => {
		const file = fileWith('growing', 'abcdefghij');
		const descriptor = openSync(file, 'r');
		const reads = new ReadAhead(descriptor, {start: 0, end: Number.POSITIVE_INFINITY}, {blockSize: 4, blocks: 3, room: 3});
		// The reads ahead at 0, 4 and 8 are done, the last one short (2 bytes), before the file grows.
		await sleep(50);
		appendFileSync(file, 'KLMNOPQRSTUVWXYZ');
		const {text} = await readAll(reads);
		closeSync(descriptor);
		expect(text).toBe('abcdefghijKLMNOPQRSTUVWXYZ');
	});
});

describe('chunks of whole lines', () => {
	it('keeps lines whole across blocks, however long, and ends each chunk with a newline', async () => {
		const lines = ['short', 'x'.repeat(70_000), 'y'.repeat(5 << 20), 'after', ...Array.from({length: 50_000}, (_, index) => `line ${index}`)];
		const file = fileWith('long-lines', `${lines.join('\n')}\n`);
		const read: string[] = [];
		for await (const chunk of readLineChunks(file, new Damage())) {
			expect(chunk.at(-1)).toBe(10);
			read.push(...chunk.toString('latin1').slice(0, -1).split('\n'));
		}

		expect(read).toEqual(lines);
	});

	it('skips and counts a last line without its newline', async () => {
		const damage = new Damage();
		const chunks = [];
		for await (const chunk of readLineChunks(fileWith('torn', 'one\ntwo\nthr'), damage)) {
			chunks.push(chunk.toString());
		}

		expect(chunks.join('')).toBe('one\ntwo\n');
		expect(damage.skippedLines).toBe(1);
	});
});
