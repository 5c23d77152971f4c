// Wraps a hook's bundled code in a loader that compiles it through a V8 code cache. A hook process starts cold on
// every command an agent runs, and compiling the hook's code costs more than the hook's own work; the cache (kept
// in the user's state directory, keyed by the code's hash and the Node version) cuts that to a read.
// The code itself stands, readable, in a comment at the end of the file: a comment costs the parser next to
// nothing, where the same code in a string literal costs more than a millisecond to scan.
import {createHash} from 'node:crypto';

const MARKER = 'coograph-hook-code';

export function withCodeCache(code, banner) {
	if (code.includes('\0')) {
		throw new Error('the hook code holds a NUL character, which the loader uses to keep "*/" out of its comment');
	}

	const wrapped = `(function (exports, require, module, __filename, __dirname) {${asciiOnly(code)}\n})`;
	const sourceId = createHash('sha256').update(wrapped).digest('hex').slice(0, 16);
	return `${banner}
'use strict';
const {mkdirSync, readFileSync, renameSync, writeFileSync} = require('node:fs');
const {join} = require('node:path');
const {Script} = require('node:vm');

const file = readFileSync(__filename, 'utf8');
const source = file.slice(file.indexOf('/*${MARKER}\\n') + ${MARKER.length + 3}, file.lastIndexOf('*/')).replaceAll('\\0', '');
let cacheFile;
let cachedData;
try {
	const stateHome = process.env.XDG_STATE_HOME || join(process.env.HOME || require('node:os').homedir(), '.local', 'state');
	cacheFile = join(stateHome, 'coograph', 'code-cache', \`${sourceId}-\${process.version}-\${process.arch}.bin\`);
	cachedData = readFileSync(cacheFile);
} catch {}

const script = new Script(source, {filename: __filename, cachedData});
if (cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected)) {
	// Made once the hook has run, so that it holds every function the hook compiled on the way.
	process.once('exit', () => {
		try {
			mkdirSync(join(cacheFile, '..'), {recursive: true, mode: 0o700});
			const temporary = \`\${cacheFile}.\${process.pid}\`;
			writeFileSync(temporary, script.createCachedData(), {mode: 0o600});
			renameSync(temporary, cacheFile);
		} catch {}
	});
}

script.runInThisContext()(exports, require, module, __filename, __dirname);

/*${MARKER}
${wrapped.replaceAll('*/', '*\0/')}*/
`;
}

// esbuild escapes every non-ASCII character in code but keeps some comments as written: one `…` in a comment would make
// the whole source a two-byte string in V8, slower to read, decode and compile at every hook start.
function asciiOnly(code) {
	return code.replace(/[^\0-\x7F]/g, character => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
