// npm run bench:audit: each audit query against the Unix one-liner a person would type instead, on a generated
// 10-million-line session.log, side by side from one run: the fastest wall time of BENCH_RUNS runs (each command's
// runs interleaved with its baselines'; other processes on the machine only ever add time) and peak memory (GNU
// time's maximum resident set size; for a pipeline, that of its largest process). Logs are generated once into .bench/.
import {spawnSync} from 'node:child_process';
import {closeSync, existsSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {availableParallelism, tmpdir} from 'node:os';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LINES = Number(process.env.BENCH_LINES ?? 10_000_000);
const HOUR = 3_600_000;
const root = new URL('..', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'coograph-bench-'));
const quote = text => `'${text.replaceAll('\'', String.raw`'\''`)}'`;

function run(command, args) {
	const result = spawnSync(command, args, {stdio: ['ignore', 'inherit', 'inherit'], cwd: root});
	if (result.status !== 0) {
		throw new Error(`${command} ${args.join(' ')} exited ${result.status}`);
	}
}

// With events.jsonl (nine times the size of session.log), where findings and session ends are read from, or without.
function generatedProject(lines, {events = false} = {}) {
	const folder = join(root, '.bench', `audit-${lines}${events ? '-events' : ''}`);
	const done = join(folder, 'generated');
	if (!existsSync(done)) {
		rmSync(folder, {recursive: true, force: true});
		console.error(`Generating ${lines.toLocaleString('en-US')} lines into ${folder} (once)…`);
		run(process.execPath, ['scripts/generate-logs.mjs', '--out', folder, '--commands', String(lines), ...(events ? [] : ['--no-events'])]);
		writeFileSync(done, `${new Date().toISOString()}\n`);
	}

	return folder;
}

// The first or last whole line of a log, read from its end.
function lineAt(log, end) {
	const descriptor = openSync(log, 'r');
	const buffer = Buffer.alloc(4096);
	const position = end === 'first' ? 0 : Math.max(0, statSync(log).size - buffer.length);
	const lines = buffer.subarray(0, readSync(descriptor, buffer, 0, buffer.length, position)).toString().split('\n').filter(line => line.startsWith('['));
	closeSync(descriptor);
	return end === 'first' ? lines[0] : lines.at(-1);
}

const lineTime = line => Date.parse(`${line.slice(1, 20).replace(' ', 'T')}Z`);

function timeOnce(script) {
	const output = join(scratch, 'output');
	warmLogs();
	const start = performance.now();
	const result = spawnSync('/usr/bin/time', ['-f', '%M', 'sh', '-c', `${script} > ${output}`], {encoding: 'utf8'});
	const ms = performance.now() - start;
	if (result.status !== 0 && result.status !== 1) {
		throw new Error(`${script} exited ${result.status}: ${result.stderr}`);
	}

	const text = readFileSync(output, 'utf8');
	return {ms, mb: Number(result.stderr.trim().split('\n').at(-1)) / 1024, lines: text === '' ? 0 : text.split('\n').length - 1};
}

function measure(row) {
	const scripts = [row.audit, ...row.baselines.map(baseline => baseline.script)];
	const samples = scripts.map(() => []);
	for (let index = 0; index < RUNS; index++) {
		for (const [which, script] of scripts.entries()) {
			samples[which].push(timeOnce(script));
		}
	}

	const [ours, ...theirs] = samples.map(runs => ({ms: Math.min(...runs.map(sample => sample.ms)), mb: Math.max(...runs.map(sample => sample.mb)), lines: runs[0].lines}));
	return {...row, ours, theirs};
}

run(process.execPath, ['scripts/build.mjs']);
const project = generatedProject(LINES);
const small = generatedProject(LINES / 10);
const withEvents = generatedProject(LINES / 10, {events: true});
const log = join(project, '.coograph', 'session.log');
const audit = (folder, ...args) => `node dist/cli.js audit ${args.map(arg => quote(arg)).join(' ')} --dir ${quote(folder)}`;
// The page cache holds the logs and the per-session files' names for every command alike: read again before each (a
// machine may page out what was not read for a few seconds; this one does, with DAMON), untimed.
const logsRead = [log, ...['session.log', 'events.jsonl'].map(name => join(withEvents, '.coograph', name)), join(small, '.coograph', 'session.log')];
const warmLogs = () => run('sh', ['-c', `cat ${logsRead.map(file => quote(file)).join(' ')} > /dev/null && ls -f ${quote(join(project, '.coograph', 'sessions'))} > /dev/null`]);

function windowRow(folder, hours, label, target) {
	const file = join(folder, '.coograph', 'session.log');
	const middle = (lineTime(lineAt(file, 'first')) + lineTime(lineAt(file, 'last'))) / 2;
	const from = Math.floor(middle / HOUR) * HOUR;
	const to = from + (hours * HOUR) - 1000;
	const iso = time => new Date(time).toISOString().slice(0, 19);
	const program = `$1 >= "[${iso(from).replace('T', ' ')}Z" && $1 <= "[${iso(to).replace('T', ' ')}Z"`;
	return {
		query: `window, ${hours} hour${hours === 1 ? '' : 's'} (${label})`,
		audit: audit(folder, 'window', `${iso(from)}Z`, `${iso(to)}Z`),
		baselines: [{name: 'awk', script: `awk -F'] ' ${quote(program)} ${quote(file)}`}],
		target,
	};
}

function grepRow(pattern, flags = []) {
	const grepFlags = ['-E', ...flags].join(' ');
	return {
		query: `grep ${[...flags, pattern].join(' ')}`,
		audit: audit(project, 'grep', ...flags, pattern),
		baselines: [
			{name: `grep ${grepFlags}`, script: `grep ${grepFlags} ${quote(pattern)} ${quote(log)}`},
			{name: `LC_ALL=C grep ${grepFlags}`, script: `LC_ALL=C grep ${grepFlags} ${quote(pattern)} ${quote(log)}`},
		],
		target: 'ratio ≥ 0.67',
	};
}

const secrets = 'AWS_SECRET_ACCESS_KEY|OPENAI_API_KEY|ghp_';
const pipeToShell = 'curl .*\\| *(sudo )?(ba)?sh';
const firstSession = lineAt(log, 'first').split('] [')[2].slice(0, 8);
const xrefRow = pattern => ({
	query: `xref ${pattern}`,
	audit: audit(project, 'xref', pattern),
	baselines: [{name: 'grep -E | grep -oE | sort | uniq -c | sort -rn', script: `grep -E ${quote(pattern)} ${quote(log)} | grep -oE '\\[[a-f0-9]{8}\\]' | sort | uniq -c | sort -rn`}],
	target: 'ratio ≥ 1',
});
const rows = [
	{query: 'audit --help (start-up)', audit: 'node dist/cli.js audit --help', baselines: [{name: 'node -e 0', script: 'node -e 0'}], target: ''},
	windowRow(project, 1, `${(LINES / 1e6).toFixed(0)}M lines`, 'ratio ≥ 10'),
	// As many lines out of a log ten times smaller: the time should not change.
	windowRow(small, 10, `${(LINES / 1e7).toFixed(0)}M lines`, 'time as on 10M lines'),
	grepRow('AWS_SECRET_ACCESS_KEY'),
	grepRow('git push'),
	grepRow(pipeToShell),
	grepRow(secrets),
	grepRow('[0-9]+\\.[0-9]+\\.[0-9]+'),
	grepRow('authorization: bearer', ['-i']),
	xrefRow(pipeToShell),
	xrefRow(secrets),
	{query: `session ${firstSession}`, audit: audit(project, 'session', firstSession), baselines: [], target: 'peak < 100 MB'},
	{query: 'sessions', audit: audit(project, 'sessions'), baselines: [], target: 'peak < 100 MB'},
	// What a real project has: session ends, exit codes and findings come from events.jsonl.
	{query: `grep rm -rf (${(LINES / 1e7).toFixed(0)}M lines and events.jsonl)`, audit: audit(withEvents, 'grep', 'rm -rf'), baselines: [], target: 'peak < 100 MB'},
	{query: `sessions (${(LINES / 1e7).toFixed(0)}M lines and events.jsonl)`, audit: audit(withEvents, 'sessions'), baselines: [], target: 'peak < 100 MB'},
];

const size = statSync(log).size;
console.log(`\n${LINES.toLocaleString('en-US')}-line session.log (${(size / 1e6).toFixed(0)} MB), fastest of ${RUNS} runs, highest peak, warm page cache, ${availableParallelism()} cores\n`);
console.log('Ratio: the one-liner\'s time over coograph audit\'s (above 1: coograph is faster).\n');
console.log('| query | coograph audit | peak | one-liner | time | peak | ratio | target | lines (ours / theirs) |');
console.log('| --- | ---: | ---: | --- | ---: | ---: | ---: | --- | ---: |');
for (const row of rows.map(row => measure(row))) {
	const ms = value => `${Math.round(value.ms).toLocaleString('en-US')} ms`;
	const code = text => `\`${text.replaceAll('|', '\\|')}\``;
	const mb = value => `${value.mb.toFixed(0)} MB`;
	const baselines = row.theirs.length === 0 ? [undefined] : row.theirs;
	for (const [index, theirs] of baselines.entries()) {
		const ours = index === 0 ? [code(row.query), ms(row.ours), mb(row.ours)] : ['', '', ''];
		const baseline = theirs === undefined ? ['—', '', '', ''] : [code(row.baselines[index].name), ms(theirs), mb(theirs), `${(theirs.ms / row.ours.ms).toFixed(2)}×`];
		const lines = theirs === undefined ? `${row.ours.lines}` : `${row.ours.lines} / ${theirs.lines}`;
		console.log(`| ${[...ours, ...baseline, index === 0 ? row.target : '', lines].join(' | ')} |`);
	}
}

rmSync(scratch, {recursive: true, force: true});
