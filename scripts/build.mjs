// Bundles the CLI and the hooks. Each hook is one self-contained file with no imports beyond Node's built-ins,
// because it is copied into the user's project and runs there without node_modules.
import {chmod} from 'node:fs/promises';
import {build} from 'esbuild';

const common = {bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', legalComments: 'none'};
const banner = '// coograph: logs every shell command an AI agent runs to .coograph/. Generated file, do not edit.';

await Promise.all([
	build({...common, entryPoints: ['hooks/claude-code.ts'], outfile: 'dist/hooks/coograph-claude-code.cjs', format: 'cjs', banner: {js: banner}}),
	build({...common, entryPoints: ['hooks/codex-cli.ts'], outfile: 'dist/hooks/coograph-codex-cli.cjs', format: 'cjs', banner: {js: banner}}),
	build({...common, entryPoints: ['plugins/opencode.ts'], outfile: 'dist/plugins/coograph.js', format: 'esm', banner: {js: banner}}),
	// src/cli/main.ts starts with its own shebang line, which esbuild keeps.
	build({...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', format: 'esm', packages: 'external'}),
]);
await chmod('dist/cli.js', 0o755);
