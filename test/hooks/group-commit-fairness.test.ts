import {fileURLToPath} from 'node:url';
import {execa} from 'execa';
import {expect, it} from 'vitest';
import {verifyLogs} from '../../src/integrity/verify/verify-logs.ts';
import {payloadText} from '../helpers/fixtures.ts';
import {COMMAND_HOOKS, installHook, runHook} from '../helpers/installed-hooks.ts';
import {readEvents, tempProject} from '../helpers/temp-project.ts';

const BURST_MS = 4000;
const HOOK_RUNS = 15;
const WORKER = fileURLToPath(new URL('burst-worker.mjs', import.meta.url));

it('an OpenCode burst that never lets the event loop turn still lets another agent\'s hooks have the lock in time', async () => {
	const root = tempProject();
	const hook = installHook(root, COMMAND_HOOKS[0]);
	const burst = execa('node', [WORKER, root, String(BURST_MS)]);
	// Once the burst has begun: the lock is held by then.
	await new Promise(resolve => {
		setTimeout(resolve, 300);
	});
	const waits: number[] = [];
	for (let run = 0; run < HOOK_RUNS; run++) {
		const started = Date.now();
		expect(await runHook(hook, payloadText(COMMAND_HOOKS[0].payload))).toMatchObject({exitCode: 0, stderr: ''});
		waits.push(Date.now() - started);
	}

	const {stdout} = await burst;
	const events = readEvents(root);
	const hookEvents = events.filter(event => event.agent === 'claude-code');
	expect(hookEvents).toHaveLength(HOOK_RUNS);
	// An unchained record is what a writer leaves when it gave up waiting for the lock (after 2 s).
	expect(hookEvents.filter(event => event.unchained === true), `hook runs took ${waits.join(', ')} ms`).toEqual([]);
	expect(events.filter(event => event.agent === 'opencode')).toHaveLength(Number(stdout));
	expect((await verifyLogs(root)).findings).toEqual([]);
}, 60_000);
