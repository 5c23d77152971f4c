// Starts the runner in fresh network and PID namespaces: only loopback exists, and nothing outlives the run.

import {writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {execa} from 'execa';
import type {NetnsJob, NetnsResult} from '../netns/job.ts';
import {netnsRunner} from './paths.ts';

export async function runInNetns(job: NetnsJob, jobDir: string): Promise<NetnsResult> {
	const jobFile = join(jobDir, 'job.json');
	await writeFile(jobFile, JSON.stringify(job));
	const {stdout} = await execa('unshare', ['--net', '--pid', '--fork', '--kill-child', process.execPath, netnsRunner, jobFile], {
		env: {PATH: job.env.PATH!},
		extendEnv: false,
		stdin: 'ignore',
	});
	return JSON.parse(stdout) as NetnsResult;
}
