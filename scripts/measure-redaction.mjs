// npm run measure:redaction: recall and false redactions on test/fixtures/secrets-corpus.jsonl, and the time redaction
// adds to a hook, on typical, 1 MiB and hostile commands. The code measured is bundled by esbuild, as in the hooks.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {build} from 'esbuild';

const bundle = await build({
	stdin: {
		contents: `export {compileRules} from './src/redaction/compile-rules.ts';
export {redactCommand} from './src/redaction/redact-command.ts';
export {DEFAULT_CONFIG} from './src/config/coograph-config.ts';`,
		resolveDir: new URL('..', import.meta.url).pathname,
		loader: 'ts',
	},
	bundle: true, platform: 'node', format: 'esm', target: 'node20', write: false,
});
const folder = mkdtempSync(join(tmpdir(), 'coograph-redaction-'));
const bundleFile = join(folder, 'redaction.mjs');
writeFileSync(bundleFile, bundle.outputFiles[0].text);
const {compileRules, redactCommand, DEFAULT_CONFIG} = await import(bundleFile);

const corpus = readFileSync(new URL('../test/fixtures/secrets-corpus.jsonl', import.meta.url), 'utf8').trimEnd().split('\n').map(line => JSON.parse(line));
const rules = compileRules(DEFAULT_CONFIG.redaction);

// A hook redacts one command per process, so it pays for the first call: code and regular expressions compiled on
// first use. Measured in fresh processes (the median of several), from after the code is loaded, which the hook does
// along with the rest of its bundle.
const COLD_RUNS = 15;
const firstCallScript = `const {compileRules, redactCommand, DEFAULT_CONFIG} = await import(${JSON.stringify(bundleFile)});
const started = performance.now();
redactCommand(process.argv[1], compileRules(DEFAULT_CONFIG.redaction));
console.log(performance.now() - started);`;
function firstCall(command) {
	const runs = Array.from({length: COLD_RUNS}, () => Number(spawnSync(process.execPath, ['--input-type=module', '-e', firstCallScript, command], {encoding: 'utf8'}).stdout));
	return runs.toSorted((a, b) => a - b)[Math.floor(COLD_RUNS / 2)];
}

// A secret is caught when its rule's marker is in the output and no 6-character piece of it is left, apart from pieces
// the expected output keeps anyway (such as "github" in github_pat_…, next to "[REDACTED:github-token]").
function isCaught(entry, output, secret, rule) {
	const pieces = Array.from({length: Math.max(1, secret.length - 5)}, (_, index) => secret.slice(index, index + 6));
	return output.includes(`[REDACTED:${rule}]`) && pieces.every(piece => !output.includes(piece) || entry.expected.includes(piece));
}

const POSITIONS = ['argument', 'env', 'url', 'header', 'heredoc'];
// Rule → position → {total, caught}.
const matrix = new Map();
function count(rule, position, isSecretCaught) {
	const row = matrix.get(rule) ?? new Map();
	const cell = row.get(position) ?? {total: 0, caught: 0};
	cell.total++;
	cell.caught += isSecretCaught ? 1 : 0;
	row.set(position, cell);
	matrix.set(rule, row);
}

let secrets = 0;
let caught = 0;
let secretCommands = 0;
let overRedacted = 0;
let ordinary = 0;
let falselyRedacted = 0;
const failures = [];
for (const entry of corpus) {
	const output = redactCommand(entry.command, rules);
	if (entry.kind === 'ordinary') {
		ordinary++;
		if (output !== entry.command) {
			falselyRedacted++;
			failures.push(`false redaction (${entry.look_alike}): ${JSON.stringify(output)}`);
		}

		continue;
	}

	secretCommands++;
	let allCaught = true;
	for (const [index, secret] of entry.secrets.entries()) {
		const isSecretCaught = isCaught(entry, output, secret, entry.rules[index]);
		secrets++;
		caught += isSecretCaught ? 1 : 0;
		allCaught &&= isSecretCaught;
		count(entry.rules[index], entry.position, isSecretCaught);
	}

	if (!allCaught) {
		failures.push(`missed (${entry.rules.join(', ')}, ${entry.position}): ${JSON.stringify(output)}`);
	} else if (output !== entry.expected) {
		overRedacted++;
		failures.push(`redacted beyond the secret: ${JSON.stringify(output)}\n  expected ${JSON.stringify(entry.expected)}`);
	}
}

const percent = (part, whole) => `${(100 * part / whole).toFixed(2)}%`;

// The best of several runs: on a busy machine it is the least disturbed figure.
function timeRedaction(command, runs) {
	redactCommand(command, rules);
	return Math.min(...Array.from({length: runs}, () => {
		const start = performance.now();
		redactCommand(command, rules);
		return performance.now() - start;
	}));
}

// With no secret-looking word, then with one, which wakes the named-secret rule.
const TYPICAL = ['npm run build && npm test -- --run src/auth/session.test.ts', 'git commit -m "Fix the token refresh race" && npm test'];
const mebibyte = length => length * 1024 * 1024;
const fill = (unit, bytes = mebibyte(1)) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
const ordinaryText = corpus.filter(entry => entry.kind === 'ordinary').map(entry => entry.command).join('\n');
const secretText = corpus.filter(entry => entry.kind === 'secret').map(entry => entry.command).join('\n');
const hostile = {
	'one long word (a×1 MiB)': fill('a'),
	'token-like run (tokentoken…)': fill('token'),
	'name=value pairs (password=password=…)': fill('password='),
	'unclosed quotes (TOKEN="…)': `TOKEN="${fill('x\\"')}`,
	'JWT-like run (eyJ-eyJ-…)': fill('eyJ-'),
	'JWT pieces (eyJaaaaaaaa.eyJaaaaaaaa.)': fill('eyJaaaaaaaa.eyJaaaaaaaa.'),
	'URL-like run (://a:b://a:b…)': fill('://a:b'),
	'PEM headers, no END': fill('-----BEGIN RSA PRIVATE KEY-----\n'),
	'curl -u with no curl (-u a:b …)': fill('-u a:b '),
	'curl, then -u a:b × 1 MiB': `curl ${fill('-u a:b ')}`,
	'header names (-H "X-Token: …)': fill('-H "X-Token: '),
	'spaces then =': fill(`token${' '.repeat(1000)}`),
	'Bearer runs': fill('Bearer bearer '),
	'sk- runs (sk-sk-sk-…)': fill('sk-'),
	'AKIA runs': fill('AKIA'),
};

console.log(`Secret redaction on test/fixtures/secrets-corpus.jsonl (default rules)\n`);
console.log(`| measure | result | target |`);
console.log(`| --- | ---: | ---: |`);
console.log(`| recall: secrets removed | ${caught} / ${secrets} = ${percent(caught, secrets)} | 100% |`);
console.log(`| false redaction: ordinary commands changed | ${falselyRedacted} / ${ordinary} = ${percent(falselyRedacted, ordinary)} | 0% |`);
console.log(`| commands with secrets redacted beyond their secrets | ${overRedacted} / ${secretCommands} | 0 |`);

console.log(`\nSecrets caught, by rule and by where they sit in the command (– where the rule's syntax does not occur)\n`);
console.log(`| rule | ${POSITIONS.join(' | ')} |`);
console.log(`| --- |${' ---: |'.repeat(POSITIONS.length)}`);
for (const [rule, row] of matrix) {
	const cells = POSITIONS.map(position => row.has(position) ? `${row.get(position).caught} / ${row.get(position).total}` : '–');
	console.log(`| ${rule} | ${cells.join(' | ')} |`);
}

console.log(`\nTime: the median of ${COLD_RUNS} fresh processes for a first call, else the best of several runs (the hook's budget for all of coograph's own work is ~5 ms)\n`);
console.log(`| input | bytes | time |`);
console.log(`| --- | ---: | ---: |`);
for (const command of TYPICAL) {
	console.log(`| \`${command}\`, first call in a process, as in a hook | ${command.length} | ${(firstCall(command) * 1000).toFixed(0)} µs |`);
	console.log(`| the same, later calls | ${command.length} | ${(timeRedaction(command, 5000) * 1000).toFixed(1)} µs |`);
}

console.log(`| 1 MiB of ordinary commands | ${fill(ordinaryText).length} | ${timeRedaction(fill(`${ordinaryText}\n`), 15).toFixed(1)} ms |`);
console.log(`| 1 MiB of commands with secrets | ${fill(secretText).length} | ${timeRedaction(fill(`${secretText}\n`), 15).toFixed(1)} ms |`);

console.log(`\nHostile commands: the time grows with the size (×4 from 256 KiB to 1 MiB), never with its square (×16)\n`);
console.log(`| input | 256 KiB | 1 MiB | growth |`);
console.log(`| --- | ---: | ---: | ---: |`);
for (const [name, input] of Object.entries(hostile)) {
	const quarter = timeRedaction(input.slice(0, input.length / 4), 7);
	const whole = timeRedaction(input, 7);
	console.log(`| ${name} | ${quarter.toFixed(1)} ms | ${whole.toFixed(1)} ms | ×${(whole / quarter).toFixed(1)} |`);
}

rmSync(folder, {recursive: true, force: true});
if (failures.length > 0) {
	console.log(`\n${failures.length} failures:\n${failures.join('\n')}`);
	process.exitCode = 1;
}
