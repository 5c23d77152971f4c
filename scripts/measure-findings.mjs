// npm run measure:findings: precision and recall of each finding over the labelled corpus, and what the analysis
// costs inside a hook: its bundle size, load plus first analysis in a fresh Node, and the time per command once warm.
// Options: --json (the accuracy figures only, as JSON), --no-timing. Exits 1 when a finding misses the target.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {build} from 'esbuild';

const TARGET = 0.95;
const COLD_RUNS = Number(process.env.MEASURE_RUNS ?? 30);
const WARM_ROUNDS = 5;
const TYPICAL_COMMAND = 'npm run build && git commit -am "Fix the parser" && git push origin main';
const json = process.argv.includes('--json');
const timing = !json && !process.argv.includes('--no-timing');

const root = mkdtempSync(join(tmpdir(), 'coograph-findings-'));
const bundle = join(root, 'analyze.cjs');
const minified = join(root, 'analyze.min.cjs');
const empty = join(root, 'empty.cjs');
// Same options as the hooks' bundles (scripts/build.mjs), once as they are and once minified.
const options = {entryPoints: ['src/findings/analyze-command.ts'], bundle: true, platform: 'node', target: 'node20', format: 'cjs', legalComments: 'none', logLevel: 'warning'};
await build({...options, outfile: bundle});
await build({...options, outfile: minified, minify: true});
writeFileSync(empty, 'exports.analyzeCommand = () => [];\n');

const {analyzeCommand, FINDING_NAMES, FINDING_SEVERITIES} = createRequire(import.meta.url)(bundle);
const corpus = readFileSync(new URL('../test/fixtures/findings-corpus.jsonl', import.meta.url), 'utf8')
	.split('\n').filter(Boolean).map(line => JSON.parse(line));

function score() {
	const counts = new Map(FINDING_NAMES.map(name => [name, {truePositives: 0, falsePositives: 0, falseNegatives: 0}]));
	const mismatches = [];
	for (const {command, findings: expected} of corpus) {
		const found = analyzeCommand(command).map(({name}) => name);
		for (const name of FINDING_NAMES) {
			const count = counts.get(name);
			if (found.includes(name) && expected.includes(name)) {
				count.truePositives++;
			} else if (found.includes(name)) {
				count.falsePositives++;
			} else if (expected.includes(name)) {
				count.falseNegatives++;
			}
		}

		if (found.join() !== FINDING_NAMES.filter(name => expected.includes(name)).join()) {
			mismatches.push({command, expected, found});
		}
	}

	const findings = [...counts].filter(([, count]) => count.truePositives + count.falseNegatives > 0).map(([name, count]) => ({
		name,
		severity: FINDING_SEVERITIES[name],
		labelled: count.truePositives + count.falseNegatives,
		...count,
		precision: count.truePositives / Math.max(1, count.truePositives + count.falsePositives),
		recall: count.truePositives / (count.truePositives + count.falseNegatives),
	}));
	const benign = corpus.filter(({findings}) => findings.length === 0);
	return {commands: corpus.length, benign: benign.length, findings, mismatches};
}

const median = values => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];

/** Per command, the median over rounds of the time to analyse it, once every code path has run. */
function warmTimes() {
	const rounds = Array.from({length: WARM_ROUNDS}, () => corpus.map(({command}) => {
		const start = performance.now();
		analyzeCommand(command);
		return performance.now() - start;
	}));
	return corpus.map((_row, index) => median(rounds.map(round => round[index])));
}

// A fresh Node loads the bundle and analyses one command, as a hook does on every call.
const COLD_HARNESS = `
const start = performance.now();
const {analyzeCommand} = require(process.argv[1]);
const loaded = performance.now();
analyzeCommand(process.argv[2]);
console.log(JSON.stringify({load: loaded - start, first: performance.now() - loaded}));`;

function coldTimes(files) {
	const samples = new Map(files.map(file => [file, []]));
	// Interleaved, so that a change in the machine's load affects every series alike.
	for (let run = 0; run < COLD_RUNS; run++) {
		for (const file of files) {
			const {stdout, status} = spawnSync(process.execPath, ['-e', COLD_HARNESS, file, TYPICAL_COMMAND], {encoding: 'utf8'});
			if (status !== 0) {
				throw new Error(`cold run of ${file} exited ${status}`);
			}

			samples.get(file).push(JSON.parse(stdout));
		}
	}

	return new Map([...samples].map(([file, runs]) => [file, {
		load: median(runs.map(({load}) => load)),
		first: median(runs.map(({first}) => first)),
		total: median(runs.map(({load, first}) => load + first)),
		best: Math.min(...runs.map(({load, first}) => load + first)),
	}]));
}

const result = score();
const missed = result.findings.filter(({precision, recall}) => precision < TARGET || recall < TARGET);
const format = value => value.toFixed(2);
if (json) {
	console.log(JSON.stringify(result));
} else {
	console.log(`Findings over ${result.commands} labelled commands (${result.benign} benign look-alikes), target ≥ ${TARGET} (test/fixtures/findings-corpus.jsonl)\n`);
	console.log('| finding | severity | labelled | TP | FP | FN | precision | recall |');
	console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
	for (const row of result.findings) {
		console.log(`| ${row.name} | ${row.severity} | ${row.labelled} | ${row.truePositives} | ${row.falsePositives} | ${row.falseNegatives} | ${format(row.precision)} | ${format(row.recall)} |`);
	}

	for (const {command, expected, found} of result.mismatches) {
		console.log(`\nmismatch: ${JSON.stringify(command)}\n  labelled ${expected.join(' ') || '(none)'}\n  found    ${found.join(' ') || '(none)'}`);
	}
}

if (timing) {
	const warm = warmTimes();
	const cold = coldTimes([empty, bundle, minified]);
	const baseline = cold.get(empty);
	console.log(`\nCost in a hook, in ms: ${COLD_RUNS} fresh Node processes each load the bundle and analyse ${JSON.stringify(TYPICAL_COMMAND)}; medians, and the best run (the least disturbed by other work on the machine)\n`);
	console.log('| bundle | bytes | load | first analysis | load + first | over an empty module | best run | best over an empty module |');
	console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
	for (const [label, file] of [['empty module (baseline)', empty], ['as the hooks bundle it', bundle], ['minified', minified]]) {
		const {load, first, total, best} = cold.get(file);
		console.log(`| ${label} | ${statSync(file).size} | ${format(load)} | ${format(first)} | ${format(total)} | ${format(total - baseline.total)} | ${format(best)} | ${format(best - baseline.best)} |`);
	}

	console.log(`\nWarm, per command over the corpus: mean ${(warm.reduce((sum, time) => sum + time, 0) / warm.length).toFixed(3)} ms, median ${median(warm).toFixed(3)} ms, slowest ${Math.max(...warm).toFixed(3)} ms`);
}

rmSync(root, {recursive: true, force: true});
process.exitCode = missed.length > 0 ? 1 : 0;
