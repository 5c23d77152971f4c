// Writes realistic logs: node scripts/generate-logs.mjs --out <folder> [--commands 10000000]; --help for the options.
// The generator is TypeScript sharing the writer's formatting, and Node 20 cannot run TypeScript: it is bundled
// with esbuild first.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';

const folder = mkdtempSync(join(tmpdir(), 'coograph-generator-'));
const outfile = join(folder, 'generate-logs.mjs');
try {
	await build({
		entryPoints: [fileURLToPath(new URL('log-generator/main.ts', import.meta.url))],
		outfile,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		logLevel: 'warning',
	});
	await import(pathToFileURL(outfile).href);
} finally {
	rmSync(folder, {recursive: true, force: true});
}
