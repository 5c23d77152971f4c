// Runs inside `unshare -n`: brings loopback up, serves the scripted model on it, then runs the agent.
// Usage: node netns-runner.mjs <job.json>; prints the NetnsResult as JSON.

import {appendFileSync, readFileSync} from 'node:fs';
import {once} from 'node:events';
import {execa} from 'execa';
import {createModelServer} from '../model-server/server.ts';
import {protocols} from '../model-server/protocols/index.ts';
import type {NetnsJob, NetnsResult} from './job.ts';

const job = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as NetnsJob;
await execa('ip', ['link', 'set', 'lo', 'up']);

const requests: string[] = [];
const server = createModelServer(job.scenario, protocols, record => {
	requests.push(`${record.method} ${record.path} ${record.status}`);
	appendFileSync(job.requestLog, `${JSON.stringify(record)}\n`);
});
server.listen(job.port, '127.0.0.1');
await once(server, 'listening');

const started = performance.now();
const agent = await execa(job.command, job.args, {
	cwd: job.cwd,
	env: job.env,
	extendEnv: false,
	stdin: 'ignore',
	timeout: job.timeoutMs,
	reject: false,
});
server.closeAllConnections();
server.close();

const result: NetnsResult = {
	exitCode: agent.exitCode,
	timedOut: agent.timedOut,
	durationMs: Math.round(performance.now() - started),
	stdout: agent.stdout,
	stderr: agent.stderr,
	requests,
};
process.stdout.write(JSON.stringify(result));
