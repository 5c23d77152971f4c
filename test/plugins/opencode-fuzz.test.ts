import {copyFileSync, mkdirSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {expect, it} from 'vitest';
import {payload} from '../helpers/fixtures.ts';
import {hostilePayload, seededRandom} from '../helpers/hostile-payloads.ts';
import {tempProject} from '../helpers/temp-project.ts';

const RUNS = Number(process.env.COOGRAPH_FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.COOGRAPH_FUZZ_SEED ?? 20_261_125);
type Hooks = Record<string, (input: unknown, output?: unknown) => Promise<void>>;
type Call = {kind: string; input?: unknown; output?: unknown};

it(`the OpenCode plugin under ${RUNS} hostile calls (seed ${SEED}): never throws, never touches output, nothing outside .coograph/`, async () => {
	const root = join(tempProject(), 'project');
	mkdirSync(join(root, '.opencode', 'plugins'), {recursive: true});
	const file = join(root, '.opencode', 'plugins', 'coograph.js');
	copyFileSync(new URL('../../dist/plugins/coograph.js', import.meta.url), file);
	const {CoographPlugin} = await import(pathToFileURL(file).href) as {CoographPlugin: (context: unknown) => Promise<Hooks>};
	const hooks = await CoographPlugin({directory: root});
	const calls = (payload('opencode.plugin-calls') as Call[]).filter(call => call.kind.startsWith('tool.execute'));
	const realPayloads = calls.map(call => ({input: call.input, output: call.output, kind: call.kind})) as Array<Record<string, unknown>>;
	const random = seededRandom(SEED);

	for (let run = 0; run < RUNS; run++) {
		let call: Record<string, unknown>;
		try {
			call = JSON.parse(hostilePayload(random, realPayloads)) as Record<string, unknown>;
		} catch {
			call = {input: null, output: null};
		}

		const hook = ['tool.execute.before', 'tool.execute.after', 'event'][run % 3]!;
		const output = call?.output;
		const before = JSON.stringify(output);
		try {
			await hooks[hook]!(hook === 'event' ? {event: call?.input} : call?.input, output);
		} catch (error) {
			expect.fail(`run ${run}: ${hook} threw ${String(error)} for ${JSON.stringify(call).slice(0, 200)}`);
		}

		if (JSON.stringify(output) !== before) {
			expect.fail(`run ${run}: ${hook} changed its output argument`);
		}
	}

	expect(readdirSync(root).sort()).toEqual(['.coograph', '.opencode']);
	expect(readdirSync(join(root, '.opencode', 'plugins'))).toEqual(['coograph.js']);
}, 300_000);
