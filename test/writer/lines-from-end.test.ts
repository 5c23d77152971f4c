import {closeSync, openSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {expect, it} from 'vitest';
import {linesFromEnd} from '../../src/writer/lines-from-end.ts';
import {tempProject} from '../helpers/temp-project.ts';

function linesOf(content: string, maxBytes = Number.POSITIVE_INFINITY) {
	const file = join(tempProject(), 'f');
	writeFileSync(file, content);
	const descriptor = openSync(file, 'r');
	try {
		return [...linesFromEnd(descriptor, Buffer.byteLength(content), maxBytes)];
	} finally {
		closeSync(descriptor);
	}
}

it('yields complete lines last first, with the offset after each newline', () => {
	expect(linesOf('a\nbb\n\nccc\n')).toEqual([{text: 'ccc', end: 10}, {text: '', end: 6}, {text: 'bb', end: 5}, {text: 'a', end: 2}]);
});

it('ignores a torn tail and an empty file', () => {
	expect(linesOf('a\nbroken')).toEqual([{text: 'a', end: 2}]);
	expect(linesOf('')).toEqual([]);
	expect(linesOf('no newline')).toEqual([]);
});

it('assembles lines longer than a read chunk', () => {
	const long = 'x'.repeat(200_000);
	expect(linesOf(`${long}\nshort\n${long}y\n`).map(line => line.text.length)).toEqual([200_001, 5, 200_000]);
});

it('stops after maxBytes, yielding only lines wholly inside them', () => {
	expect(linesOf('first\nsecond\nthird\n', 13).map(line => line.text)).toEqual(['third']);
});
