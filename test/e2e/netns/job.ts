// What the test hands to the runner inside the network namespace, and what it gets back.

import type {Scenario} from '../model-server/scenario.ts';

export type NetnsJob = {
	/** Any fixed port will do: each namespace has a loopback of its own. */
	port: number;
	scenario: Scenario;
	command: string;
	args: string[];
	cwd: string;
	/** The agent's whole environment: nothing is inherited. */
	env: Record<string, string>;
	timeoutMs: number;
	/** Every request the model gets is appended here as one JSON line, to debug a failing run. */
	requestLog: string;
};

export type NetnsResult = {
	exitCode: number | undefined;
	timedOut: boolean;
	durationMs: number;
	stdout: string;
	stderr: string;
	/** Requests per path, with their status, e.g. `POST /v1/messages 200`. */
	requests: string[];
};
