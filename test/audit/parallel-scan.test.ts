import {appendFileSync, copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {pathToFileURL} from 'node:url';
import {buildSync} from 'esbuild';
import {beforeAll, describe, expect, it} from 'vitest';
import {Damage} from '../../src/audit/read/damage.ts';
import {scanLines, type ScanOptions} from '../../src/audit/read/scan-lines.ts';
import {commandPatternFilter} from '../../src/audit/search/command-pattern.ts';
import {generatedProject} from './helpers/generated-logs.ts';

// The worker runs scan-worker.ts as JavaScript, as dist/ has it: bundled here the way the build bundles the CLI.
let workerUrl: URL;
const WORKER_START_MS = 500;
let log: string;

beforeAll(() => {
	const folder = mkdtempSync(join(tmpdir(), 'coograph-audit-parallel-'));
	const script = join(folder, 'scan-worker.mjs');
	buildSync({entryPoints: ['src/audit/read/scan-worker.ts'], outfile: script, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning'});
	workerUrl = pathToFileURL(script);
	const {root} = generatedProject({commands: 30_000, days: 10});
	log = join(folder, 'session.log');
	copyFileSync(join(root, '.coograph', 'session.log'), log);
	// A torn last line, which only the worker's last block reaches.
	appendFileSync(log, '[2026-01-09 10:00:00Z] [claude-code] [abcdef01] git pu');
});

async function scan(pattern: string, ignoreCase: boolean, parallel?: ScanOptions['parallel'], file = log) {
	const damage = new Damage();
	const lines: string[] = [];
	for await (const batch of scanLines(file, damage, {filter: commandPatternFilter(pattern, ignoreCase), parallel})) {
		// On a small log the main thread would take every block before the worker has started: after the first
		// batch, it waits, and the worker takes blocks meanwhile.
		if (parallel !== undefined && lines.length === 0) {
			await sleep(WORKER_START_MS);
		}

		lines.push(...batch.map(line => line.text));
	}

	return {lines, skipped: damage.skippedLines, unreadable: damage.unreadableFiles};
}

describe('a scan shared with a worker thread', () => {
	// Small blocks: the two threads take dozens in turn, and lines and pieces cross every kind of boundary.
	it.each([
		['[0-9]+\\.[0-9]+\\.[0-9]+', false],
		['git push', true],
		['AUTHORIZATION: bearer|ghp_', true],
		['é|デプロイ|🐛', false],
		['\\\\x1b\\[31m', false],
		['.', false],
	])('finds what a scan alone finds: %s (ignoring case: %s)', async (pattern, ignoreCase) => {
		const alone = await scan(pattern, ignoreCase);
		const shared = await scan(pattern, ignoreCase, {blockSize: 1 << 16, workerUrl});
		expect(alone.lines.length).toBeGreaterThan(0);
		expect(shared).toEqual(alone);
	});

	it('reads alone, and finds the same lines, when there is no worker script to start', async () => {
		const alone = await scan('git push', true);
		const withoutWorker = await scan('git push', true, {blockSize: 1 << 16, workerUrl: pathToFileURL(join(tmpdir(), 'no-such-worker.mjs'))});
		expect(withoutWorker).toEqual(alone);
	});

	it('in dist/, the CLI\'s chunk finds the worker script that the build puts beside cli.js', () => {
		const chunks = readdirSync('dist/chunks').map(name => join('dist/chunks', name)).filter(file => readFileSync(file, 'utf8').includes('coograph audit scan'));
		expect(chunks).toHaveLength(1);
		expect(readFileSync(chunks[0]!, 'utf8')).toContain('"../audit-scan-worker.js"');
		expect(existsSync(new URL('../audit-scan-worker.js', pathToFileURL(resolve(chunks[0]!))))).toBe(true);
	});

	it('hands back lines longer than its slots of shared memory', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'coograph-audit-parallel-'));
		const longLog = join(folder, 'session.log');
		copyFileSync(log, longLog);
		appendFileSync(longLog, `\n[2026-01-09 10:00:01Z] [claude-code] [abcdef01] echo 1.2.3 ${'x'.repeat(3 << 20)}\n`);
		const {lines} = await scan('ECHO [0-9]\\.2\\.3 X', true, {blockSize: 1 << 16, workerUrl}, longLog);
		expect(lines).toEqual([`[2026-01-09 10:00:01Z] [claude-code] [abcdef01] echo 1.2.3 ${'x'.repeat(3 << 20)}`]);
	});
});
