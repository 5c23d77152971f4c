import {readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {afterAll, describe, expect, it, vi} from 'vitest';
import {claudeCodeEvent} from '../../src/agents/claude-code.ts';
import {codexCliEvent} from '../../src/agents/codex-cli.ts';
import {copilotCliEvent} from '../../src/agents/copilot-cli.ts';
import {cursorEvent} from '../../src/agents/cursor.ts';
import {geminiCliEvent} from '../../src/agents/gemini-cli.ts';
import {qwenCodeEvent} from '../../src/agents/qwen-code.ts';
import {refuseByCopilotDecision, refuseByCursorPermission, refuseByExitCode} from '../../src/hook-runtime/refusals.ts';
import {handleHookInput, type CommandHookAgent} from '../../src/hook-runtime/run-command-hook.ts';
import {verifyLogs} from '../../src/integrity/verify/verify-logs.ts';
import {payload} from '../helpers/fixtures.ts';
import {hostilePayload, seededRandom} from '../helpers/hostile-payloads.ts';
import {installHook, runHook} from '../helpers/installed-hooks.ts';
import {tempProject} from '../helpers/temp-project.ts';

const IN_PROCESS_RUNS = Number(process.env.COOGRAPH_FUZZ_RUNS ?? 10_000);
const SPAWNED_RUNS = 150;
const SEED = Number(process.env.COOGRAPH_FUZZ_SEED ?? 20_261_125);
const TEXT_LINE = /^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ\] \[[a-z-]+\] \[(?:[\da-f]{8}|unknown)\] [^\n]*$/;

type Payloads = Array<Record<string, unknown>>;
type Run = {hooks: Array<{payload: Record<string, unknown>}>};
const captured = (agent: string, name: string) => payload(`${agent}.${name}`) as Record<string, unknown>;
const fromRun = (agent: string, run: string) => (payload(`${agent}.all-runs`) as Record<string, Run>)[run]!.hooks.map(hook => hook.payload);

/** Every command hook, with the agent's real payloads for the generator to make hostile. */
const FUZZED = [
	{agent: 'claude-code', folder: '.claude/hooks', adapter: {toEvent: claudeCodeEvent, refuse: refuseByExitCode}, payloads: ['PreToolUse', 'PostToolUse', 'fail-PostToolUseFailure', 'SessionStart', 'SessionEnd'].map(name => captured('claude-code', name))},
	{agent: 'codex-cli', folder: '.codex/hooks', adapter: {toEvent: codexCliEvent, refuse: refuseByExitCode}, payloads: ['PreToolUse', 'PostToolUse', 'SessionStart', 'SessionEnd'].map(name => captured('codex-cli', name))},
	{agent: 'gemini-cli', folder: '.gemini/hooks', adapter: {toEvent: geminiCliEvent, refuse: refuseByExitCode}, payloads: fromRun('gemini-cli', 'failing_command')},
	{agent: 'qwen-code', folder: '.qwen/hooks', adapter: {toEvent: qwenCodeEvent, refuse: refuseByExitCode}, payloads: fromRun('qwen-code', 'failing_command')},
	{agent: 'copilot-cli', folder: '.github/hooks', adapter: {toEvent: copilotCliEvent, refuse: refuseByCopilotDecision}, payloads: fromRun('copilot-cli', 'failing_command_camelCase_v1')},
	{agent: 'cursor', folder: '.cursor/hooks', adapter: {toEvent: cursorEvent, refuse: refuseByCursorPermission}, payloads: Object.values((payload('cursor.documented') as {payloads: Record<string, Record<string, unknown>>}).payloads)},
] satisfies Array<{agent: string; folder: string; adapter: CommandHookAgent; payloads: Payloads}>;

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

describe.each(FUZZED)(`$agent hook under ${IN_PROCESS_RUNS} hostile payloads (seed ${SEED})`, hook => {
	const parent = tempProject();
	const project = join(parent, 'project');
	const {adapter, payloads} = hook;
	const installed = {bundle: `hooks/coograph-${hook.agent}.cjs`, folder: hook.folder};
	afterAll(() => vi.restoreAllMocks());

	it('every payload: exit 0, empty stdout, at most one stderr line; nothing outside .coograph/ touched; no line torn', async () => {
		const hookFile = installHook(project, installed);
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
		const hookFile = installHook(spawnedProject, installed);
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
