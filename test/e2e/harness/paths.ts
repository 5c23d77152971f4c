// Where the end-to-end suite finds the repository's pieces and keeps its own.

import {dirname, join, resolve} from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../../..');
export const coograph = join(repoRoot, 'dist/cli.js');
export const agentsModules = join(repoRoot, 'test/e2e/agents/node_modules');
export const agentsBin = join(agentsModules, '.bin');
export const netnsRunner = join(repoRoot, '.e2e/netns-runner.mjs');

/** What every agent finds on PATH: the pinned agents, the node running this suite, the system. */
export const agentPath = [agentsBin, dirname(process.execPath), '/usr/local/bin', '/usr/bin', '/bin', '/usr/sbin', '/sbin'].join(':');
