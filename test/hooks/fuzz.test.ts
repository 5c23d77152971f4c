import {readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {afterAll, describe, expect, it, vi} from 'vitest';
import {claudeCodeEvent} from '../../src/agents/claude-code.ts';
import {codexCliEvent} from '../../src/agents/codex-cli.ts';
import {handleHookInput, type CommandHookAgent} from '../../src/hook-runtime/run-command-hook.ts';
import {verifyLogs} from '../../src/integrity/verify/verify-logs.ts';
import {payload} from '../helpers/fixtures.ts';
import {hostilePayload, seededRandom} from '../helpers/hostile-payloads.ts';
import {COMMAND_HOOKS, installHook, runHook} from '../helpers/installed-hooks.ts';
import {tempProject} from '../helpers/temp-project.ts';

const IN_PROCESS_RUNS = Number(process.env.COOGRAPH_FUZZ_RUNS ?? 10_000);
const SPAWNED_RUNS = 150;
const SEED = Number(process.env.COOGRAPH_FUZZ_SEED ?? 20_261_125);
const TEXT_LINE = /^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ\] \[[a-z-]+\] \[(?:[\da-f]{8}|unknown)\] [^\n]*$/;

const AGENTS: Record<string, {adapter: CommandHookAgent; payloads: Array<Record<string, unknown>>}> = {
	'claude-code': {adapter: {toEvent: claudeCodeEvent}, payloads: ['PreToolUse', 'PostToolUse', 'fail-PostToolUseFailure', 'SessionStart', 'SessionEnd'].map(name => payload(`claude-code.${name}`) as Record<string, unknown>)},
	'codex-cli': {adapter: {toEvent: codexCliEvent}, payloads: ['PreToolUse', 'PostToolUse', 'SessionStart', 'SessionEnd'].map(name => payload(`codex-cli.${name}`) as Record<string, unknown>)},
};

function filesOutsideLogFolder(folder: string, root = folder): string[] {
	return readdirSync(folder, {withFileTypes: true}).flatMap(entry => {
		const path = join(folder, entry.name);
		if (entry.name === '.coograph' && folder === root) {
			return [];
		}

		return entry.isDirectory() ? filesOutsideLogFolder(path, root) : [relative(root, path)];
	});
}

function expectLogsWhole(project: string): void {
	for (const line of readFileSync(join(project, '.coograph', 'session.log'), 'utf8').split('\n').slice(0, -1)) {
		expect(line.slice(0, 120)).toMatch(TEXT_LINE);
	}
}

describe.each(COMMAND_HOOKS)(`$agent hook under ${IN_PROCESS_RUNS} hostile payloads (seed ${SEED})`, hook => {
	const parent = tempProject();
	const project = join(parent, 'project');
	const {adapter, payloads} = AGENTS[hook.agent]!;
	afterAll(() => vi.restoreAllMocks());

	it('every payload: exit 0, empty stdout, at most one stderr line; nothing outside .coograph/ touched; no line torn', async () => {
		const hookFile = installHook(project, hook);
		const random = seededRandom(SEED);
		const stdout = vi.spyOn(process.stdout, 'write');
		for (let run = 0; run < IN_PROCESS_RUNS; run++) {
			const input = hostilePayload(random, payloads);
			const response = handleHookInput(input, adapter, ['node', hookFile], {});
			if (response.exitCode !== 0 || response.stdout !== '' || response.stderr.split('\n').length > 2) {
				expect.fail(`run ${run}: ${JSON.stringify(response).slice(0, 300)} for ${input.slice(0, 200)}`);
			}
		}

		expect(stdout).not.toHaveBeenCalled();
		expect(readdirSync(parent)).toEqual(['project']);
		expect(filesOutsideLogFolder(project)).toEqual([relative(project, hookFile)]);
		expectLogsWhole(project);
		expect((await verifyLogs(project)).findings.filter(finding => finding.severity === 'tampered').map(finding => JSON.stringify(finding))).toEqual([]);
	}, 300_000);

	it(`the real bundle, ${SPAWNED_RUNS} hostile payloads as raw bytes: exit 0, empty stdout`, async () => {
		const spawnedProject = join(tempProject(), 'project');
		const hookFile = installHook(spawnedProject, hook);
		const random = seededRandom(SEED + 1);
		for (let run = 0; run < SPAWNED_RUNS; run++) {
			const input = random() < 0.2 ? Buffer.from(Array.from({length: 64}, () => Math.floor(random() * 256))) : hostilePayload(random, payloads);
			const result = await runHook(hookFile, input);
			if (result.exitCode !== 0 || result.stdout !== '' || result.stderr.split('\n').length > 2) {
				expect.fail(`run ${run}: exit ${result.exitCode}, stdout ${JSON.stringify(result.stdout)}, stderr ${JSON.stringify(result.stderr)}`);
			}
		}

		expect(filesOutsideLogFolder(spawnedProject)).toEqual([relative(spawnedProject, hookFile)]);
	}, 300_000);
});
