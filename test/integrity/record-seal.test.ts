import {expect, it} from 'vitest';
import {checkSeal, sealRecord, sealedHash} from '../../src/integrity/record-seal.ts';

it('reads the hash at the end of a sealed line, and nothing from a line that is not sealed', () => {
	const line = sealRecord('{"v":1,"command":"ls"}');
	const {hash} = checkSeal(line)!;
	expect(sealedHash(line)).toBe(hash);
	expect(sealedHash(line.slice(-80))).toBe(hash);

	for (const notSealed of [
		'',
		line.slice(0, -1),
		`${line}\n`,
		line.replace(/"\}$/, '" }'),
		line.replace(hash, hash.toUpperCase()),
		line.replace(hash, hash.slice(1)),
		line.replace(hash, `${hash.slice(0, -1)}g`),
		line.replace(',"hash":', ',"hash" :'),
		line.slice(-66),
	]) {
		expect(sealedHash(notSealed), notSealed).toBeUndefined();
	}
});
