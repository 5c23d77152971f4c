// A short session with `codex app-server`: JSON-RPC over stdio, one JSON object per line, no "jsonrpc" field.
// initialize → initialized notification → requests; closing stdin ends the server.

import {createInterface} from 'node:readline';
import {stripVTControlCharacters} from 'node:util';
import {execa} from 'execa';

const SESSION_TIMEOUT_MS = 20_000;

export class CodexNotFoundError extends Error {}

export type AppServer = {
	request: <Result>(method: string, params: unknown) => Promise<Result>;
};

export type AppServerOptions = {
	env: NodeJS.ProcessEnv;
	/** `-c key=value` overrides for this session only; they are never written to config.toml. */
	configOverrides?: readonly string[];
	clientVersion: string;
};

type Pending = {resolve: (result: unknown) => void; reject: (error: Error) => void};

export async function withAppServer<T>(options: AppServerOptions, use: (server: AppServer) => Promise<T>): Promise<T> {
	const subprocess = execa('codex', ['app-server', ...(options.configOverrides ?? []).flatMap(override => ['-c', override])], {
		env: options.env,
		extendEnv: false,
		timeout: SESSION_TIMEOUT_MS,
		buffer: {stdout: false},
		stdin: 'pipe',
	});
	const pending = new Map<number, Pending>();
	const ended = subprocess.then(
		() => new Error('codex app-server exited before answering'),
		(error: NodeJS.ErrnoException & {shortMessage?: string; stderr?: string}) => (
			error.code === 'ENOENT' ? new CodexNotFoundError('codex is not on PATH') : new Error(describeFailure(error))
		),
	);
	void ended.then(error => {
		for (const waiting of pending.values()) {
			waiting.reject(error);
		}

		pending.clear();
	});

	createInterface({input: subprocess.stdout}).on('line', line => {
		answer(line, pending, subprocess.stdin);
	});

	let nextId = 1;
	const request = async <Result>(method: string, params: unknown) => new Promise<Result>((resolve, reject) => {
		const id = nextId++;
		pending.set(id, {resolve: resolve as Pending['resolve'], reject});
		subprocess.stdin.write(`${JSON.stringify({id, method, params})}\n`);
	});

	try {
		await request('initialize', {clientInfo: {name: 'coograph', title: 'coograph', version: options.clientVersion}, capabilities: null});
		subprocess.stdin.write(`${JSON.stringify({method: 'initialized'})}\n`);
		return await use({request});
	} finally {
		subprocess.stdin.end();
		await ended;
	}
}

function answer(line: string, pending: Map<number, Pending>, stdin: NodeJS.WritableStream): void {
	let message: {id?: number; method?: string; result?: unknown; error?: {message?: string}};
	try {
		message = JSON.parse(line) as typeof message;
	} catch {
		return;
	}

	if (message.id === undefined) {
		return;
	}

	if (message.method !== undefined) {
		// A request from the server (an approval, say): refuse it rather than leave the server waiting.
		stdin.write(`${JSON.stringify({id: message.id, error: {code: -32_601, message: 'not supported by coograph'}})}\n`);
		return;
	}

	const waiting = pending.get(message.id);
	pending.delete(message.id);
	if (message.error === undefined) {
		waiting?.resolve(message.result);
	} else {
		waiting?.reject(new Error(message.error.message ?? JSON.stringify(message.error)));
	}
}

function describeFailure(error: Error & {shortMessage?: string; stderr?: string}): string {
	const lastLine = stripVTControlCharacters(error.stderr ?? '').trim().split('\n').at(-1);
	return `${error.shortMessage ?? error.message}${lastLine ? ` (${lastLine})` : ''}`;
}
