import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {FINDING_NAMES} from '../../src/findings/finding.ts';

type Measured = {
	commands: number;
	benign: number;
	findings: Array<{name: string; labelled: number; precision: number; recall: number}>;
};

// The figures npm run measure:findings prints, computed from the labelled corpus.
const run = spawnSync(process.execPath, ['scripts/measure-findings.mjs', '--json'], {cwd: fileURLToPath(new URL('../..', import.meta.url)), encoding: 'utf8'});
const measured = JSON.parse(run.stdout) as Measured;

describe('the labelled corpus', () => {
	it('holds at least 400 commands, 150 of them benign look-alikes', () => {
		expect(measured.commands).toBeGreaterThanOrEqual(400);
		expect(measured.benign).toBeGreaterThanOrEqual(150);
	});

	it('labels every finding but LOOP_GUARD at least 15 times', () => {
		const labelled = new Map(measured.findings.map(({name, labelled}) => [name, labelled]));
		for (const name of FINDING_NAMES.filter(name => name !== 'LOOP_GUARD')) {
			expect(labelled.get(name) ?? 0, name).toBeGreaterThanOrEqual(15);
		}
	});

	it('is analysed with precision and recall of at least 0.95 for every finding', () => {
		for (const {name, precision, recall} of measured.findings) {
			expect(precision, `${name} precision`).toBeGreaterThanOrEqual(0.95);
			expect(recall, `${name} recall`).toBeGreaterThanOrEqual(0.95);
		}

		expect(run.status).toBe(0);
	});
});
