// Bundles the CLI and the hooks. Each hook is one self-contained file with no imports beyond Node's built-ins,
// because it is copied into the user's project and runs there without node_modules.
import {chmod, copyFile, mkdir, rm, writeFile} from 'node:fs/promises';
import {build} from 'esbuild';
import {withCodeCache} from './hook-loader.mjs';

const common = {bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', legalComments: 'none'};
const banner = '// coograph: logs every shell command an AI agent runs to .coograph/. Generated file, do not edit.';

// hooks/<agent>.ts → dist/hooks/coograph-<agent>.cjs
const commandHooks = ['claude-code', 'codex-cli', 'gemini-cli', 'qwen-code', 'copilot-cli', 'cursor', 'shell'];

async function buildCommandHook(agent) {
	const {outputFiles} = await build({...common, entryPoints: [`hooks/${agent}.ts`], format: 'cjs', write: false});
	await writeFile(`dist/hooks/coograph-${agent}.cjs`, withCodeCache(outputFiles[0].text, banner));
}

await mkdir('dist/hooks', {recursive: true});
// Chunk names carry their content's hash: the last build's chunks would stay beside the new ones.
await rm('dist/chunks', {recursive: true, force: true});

await Promise.all([
	...commandHooks.map(agent => buildCommandHook(agent)),
	// The shell fallback's BASH_ENV script, which feeds each command to coograph-shell.cjs.
	copyFile('hooks/bash-env.sh', 'dist/hooks/coograph-bash-env.sh'),
	build({...common, entryPoints: ['plugins/opencode.ts'], outfile: 'dist/plugins/coograph.js', format: 'esm', banner: {js: banner}}),
	// The CLI, dependencies included, split so that each command loads only its own code (dist/chunks/). Its
	// CommonJS dependencies need a require. src/cli/main.ts starts with its own shebang line, which esbuild keeps.
	build({
		...common,
		entryPoints: {cli: 'src/cli/main.ts'},
		outdir: 'dist',
		format: 'esm',
		splitting: true,
		chunkNames: 'chunks/[name]-[hash]',
		banner: {js: 'import {createRequire as __coographRequire} from \'node:module\'; const require = __coographRequire(import.meta.url);'},
	}),
	// The worker thread of a large audit scan, alone: started with only its own code, it starts sooner.
	build({...common, entryPoints: {'audit-scan-worker': 'src/audit/read/scan-worker.ts'}, outdir: 'dist', format: 'esm'}),
]);
await chmod('dist/cli.js', 0o755);
