// Runs one agent against the scripted model, both inside the same fresh network namespace.

import {writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import type {NetnsJob, NetnsResult} from '../netns/job.ts';
import {runIsolated} from './isolated.ts';
import {netnsRunner} from './paths.ts';

export async function runInNetns(job: NetnsJob, jobDir: string): Promise<NetnsResult> {
	const jobFile = join(jobDir, 'job.json');
	await writeFile(jobFile, JSON.stringify(job));
	const runner = await runIsolated(process.execPath, [netnsRunner, jobFile], {env: {PATH: job.env.PATH!}});
	if (runner.exitCode !== 0) {
		throw new Error(`the namespace runner failed (exit ${runner.exitCode}):\n${runner.stderr}`);
	}

	return JSON.parse(runner.stdout) as NetnsResult;
}
