// Runs the installer in-process against temp folders, with a controlled environment, and captures what it says.

import {createHash} from 'node:crypto';
import {mkdtempSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, relative} from 'node:path';
import {runInstaller, type InstallerCommand} from '../../src/installer/cli.ts';

export const repoRoot = join(import.meta.dirname, '../..');
export const builtFile = (distPath: string) => join(repoRoot, 'dist', distPath);

/** PATH with node and the system, but no codex. */
export const PATH_WITHOUT_CODEX = [dirname(process.execPath), '/usr/local/bin', '/usr/bin', '/bin'].join(':');

export function tempFolder(prefix = 'coograph-installer-'): string {
	return mkdtempSync(join(tmpdir(), prefix));
}

export type Run = {code: number; out: string[]; err: string[]};

export async function coograph(command: InstallerCommand, argv: string[], env: NodeJS.ProcessEnv): Promise<Run> {
	const run: Run = {code: -1, out: [], err: []};
	run.code = await runInstaller(command, argv, {env, cwd: tmpdir(), say: line => run.out.push(line), warn: line => run.err.push(line)});
	return run;
}

/** An environment of its own: a fresh HOME (whose ~/.codex is Codex's home unless given) and no codex on PATH. */
export function isolatedEnvironment(overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
	return {PATH: PATH_WITHOUT_CODEX, HOME: tempFolder('coograph-home-'), ...overrides};
}

/** Every file and folder under root with the SHA-256 of each file's bytes: equal trees have equal maps. */
export function treeDigest(root: string): Record<string, string> {
	const digest: Record<string, string> = {};
	const visit = (folder: string) => {
		for (const entry of readdirSync(folder, {withFileTypes: true})) {
			const path = join(folder, entry.name);
			const name = relative(root, path);
			if (entry.isDirectory()) {
				digest[`${name}/`] = `mode ${(statSync(path).mode & 0o777).toString(8)}`;
				visit(path);
			} else {
				digest[name] = createHash('sha256').update(readFileSync(path)).digest('hex');
			}
		}
	};

	visit(root);
	return digest;
}

export function readJson(path: string): any {
	return JSON.parse(readFileSync(path, 'utf8'));
}
