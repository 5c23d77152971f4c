import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {execa} from 'execa';
import {expect, it} from 'vitest';
import {verifyLogs} from '../../src/integrity/verify/verify-logs.ts';
import {seededRandom} from '../helpers/hostile-payloads.ts';
import {tempProject} from '../helpers/temp-project.ts';

const KILLS = 100;
const WORKER = fileURLToPath(new URL('append-worker.mjs', import.meta.url));
const random = seededRandom(Number(process.env.COOGRAPH_FUZZ_SEED ?? 20_261_125));

function logFiles(root: string): Map<string, string> {
	const folder = join(root, '.coograph');
	const files = ['session.log', 'events.jsonl', ...readdirSync(join(folder, 'sessions')).map(name => `sessions/${name}`)];
	return new Map(files.map(file => [file, readFileSync(join(folder, file), 'latin1')]));
}

it(`a writer killed with SIGKILL at random moments, ${KILLS} times: nothing logged earlier is lost or altered, and the chain verifies`, async () => {
	const root = tempProject();
	await execa('node', [WORKER, root, 'first', '5']);
	let before = logFiles(root);
	for (let kill = 0; kill < KILLS; kill++) {
		const worker = execa('node', [WORKER, root, `k${kill % 4}`, '100000'], {reject: false});
		await new Promise(resolve => {
			setTimeout(resolve, 80 + Math.floor(random() * 150));
		});
		worker.kill('SIGKILL');
		await worker;

		const after = logFiles(root);
		for (const [file, content] of before) {
			if (!after.get(file)!.startsWith(content)) {
				expect.fail(`kill ${kill}: ${file} lost or changed bytes logged before`);
			}
		}

		before = after;
	}

	// The next writer completes whatever the last killed one left half-done.
	await execa('node', [WORKER, root, 'last', '5']);
	const findings = (await verifyLogs(root)).findings;
	expect(findings.filter(finding => finding.severity === 'tampered')).toEqual([]);
	for (const finding of findings) {
		expect(finding.message).toMatch(/^torn (line|tail)/);
	}
}, 300_000);
