// npm run bench: the cost of one hook invocation against the floor of any Node hook, and the writer's append rate.
import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';

const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const APPENDS = 20_000;
const root = mkdtempSync(join(tmpdir(), 'coograph-bench-'));
const median = values => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];
// The hooks keep their V8 code cache in the state directory: a fresh one, so that the first run is a first run.
const environment = {...process.env, XDG_STATE_HOME: join(root, 'state')};

function timeSpawn(args, input) {
	const start = performance.now();
	const result = spawnSync(process.execPath, args, {input, env: environment, stdio: ['pipe', 'ignore', 'inherit']});
	const elapsed = performance.now() - start;
	if (result.status !== 0) {
		throw new Error(`${args.join(' ')} exited ${result.status}`);
	}

	return elapsed;
}

function benchHook({agent, bundle, folder, payload}) {
	const hookFile = join(root, agent, folder, bundle);
	mkdirSync(join(root, agent, folder), {recursive: true});
	copyFileSync(new URL(`../dist/hooks/${bundle}`, import.meta.url), hookFile);
	const input = readFileSync(new URL(`../test/fixtures/payloads/${payload}.json`, import.meta.url));
	const firstRun = timeSpawn([hookFile], input);
	const floor = [];
	const hook = [];
	// Interleaved, so that a change in the machine's load affects both series alike.
	for (let run = 0; run < RUNS; run++) {
		floor.push(timeSpawn(['-e', '0'], input));
		hook.push(timeSpawn([hookFile], input));
	}

	// Each hook run against the floor run just before it: the machine's load drifts over seconds, and the ratio of a
	// pair cancels that drift where the ratio of two medians would not.
	return {agent, firstRun, floor: median(floor), hook: median(hook), ratio: median(hook.map((time, run) => time / floor[run]))};
}

async function benchAppendRate() {
	// The plugin's anchor goes to the bench's state directory too, not the user's.
	process.env.XDG_STATE_HOME = environment.XDG_STATE_HOME;
	const {CoographPlugin} = await import('../dist/plugins/coograph.js');
	mkdirSync(join(root, 'opencode'));
	const hooks = await CoographPlugin({directory: join(root, 'opencode')});
	const start = performance.now();
	for (let index = 0; index < APPENDS; index++) {
		await hooks['tool.execute.before']({tool: 'bash', sessionID: 'ses_bench', callID: `call_${index}`}, {args: {command: `npm run test -- --shard ${index}`}});
	}

	return APPENDS / ((performance.now() - start) / 1000);
}

// The rate first, before the hooks' hundreds of spawns have left this process a heap to collect.
const rate = await benchAppendRate();
const rows = [
	benchHook({agent: 'claude-code', bundle: 'coograph-claude-code.cjs', folder: '.claude/hooks', payload: 'claude-code.PreToolUse'}),
	benchHook({agent: 'codex-cli', bundle: 'coograph-codex-cli.cjs', folder: '.codex/hooks', payload: 'codex-cli.PreToolUse'}),
];
rmSync(root, {recursive: true, force: true});

console.log(`One hook invocation, spawn to exit, median of ${RUNS} (target: ≤ 1.10× node -e 0)\n`);
console.log('| hook | node -e 0 | hook | ratio of the medians | median of the paired ratios | first run on a machine (compiles, then caches the code) |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const {agent, firstRun, floor, hook, ratio} of rows) {
	console.log(`| ${agent} PreToolUse | ${floor.toFixed(1)} ms | ${hook.toFixed(1)} ms | ${(hook / floor).toFixed(2)}× | ${ratio.toFixed(3)}× | ${firstRun.toFixed(1)} ms |`);
}

console.log(`\nIn-process append rate (OpenCode plugin path, ${APPENDS} events; target: ≥ 10,000 events/s)\n`);
console.log(`| writer | ${Math.round(rate).toLocaleString('en-US')} events/s |`);
