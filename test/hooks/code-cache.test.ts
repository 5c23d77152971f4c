import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {expect, it} from 'vitest';
import {payloadText} from '../helpers/fixtures.ts';
import {COMMAND_HOOKS, installHook, runHook} from '../helpers/installed-hooks.ts';
import {readLog, tempProject} from '../helpers/temp-project.ts';

const hook = COMMAND_HOOKS[0];

it('keeps a V8 code cache in the state directory, and recovers from a damaged one', async () => {
	const root = tempProject();
	const stateHome = tempProject();
	const file = installHook(root, hook);
	const run = async () => runHook(file, payloadText(hook.payload), {XDG_STATE_HOME: stateHome});

	expect(await run()).toMatchObject({exitCode: 0, stdout: '', stderr: ''});
	const cacheFolder = join(stateHome, 'coograph', 'code-cache');
	const [cache] = readdirSync(cacheFolder);
	expect(cache).toMatch(new RegExp(`^[\\da-f]{16}-${process.version}-${process.arch}\\.bin$`));
	expect(readFileSync(join(cacheFolder, cache!)).length).toBeGreaterThan(10_000);

	writeFileSync(join(cacheFolder, cache!), 'not a code cache');
	expect(await run()).toMatchObject({exitCode: 0, stdout: '', stderr: ''});
	expect(readFileSync(join(cacheFolder, cache!)).length).toBeGreaterThan(10_000);
	expect(await run()).toMatchObject({exitCode: 0, stdout: '', stderr: ''});
	expect(readLog(root, 'session.log').split('\n')).toHaveLength(4);
});
