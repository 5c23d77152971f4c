import {payload} from './fixtures.ts';

type CapturedHook = {event_label: string; payload: unknown};
type CapturedRuns = Record<string, {hooks: CapturedHook[]}>;

/** The payloads an agent's hooks received in one captured run (`<agent>.all-runs.json`), for one event, in order. */
export function capturedPayloads(agent: string, run: string, event: string): unknown[] {
	const runs = payload(`${agent}.all-runs`) as CapturedRuns;
	const hooks = runs[run]?.hooks;
	if (hooks === undefined) {
		throw new Error(`${agent}.all-runs has no run "${run}"`);
	}

	return hooks.filter(hook => hook.event_label === event).map(hook => hook.payload);
}

/** The single payload of that event in that run. */
export function capturedPayload(agent: string, run: string, event: string): unknown {
	const found = capturedPayloads(agent, run, event);
	if (found.length !== 1) {
		throw new Error(`${agent}.all-runs run "${run}" has ${found.length} ${event} payloads, expected 1`);
	}

	return found[0];
}
