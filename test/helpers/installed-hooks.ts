import {copyFileSync, mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {execa} from 'execa';

const DIST = new URL('../../dist/', import.meta.url);

export const COMMAND_HOOKS = [
	{agent: 'claude-code', bundle: 'hooks/coograph-claude-code.cjs', folder: '.claude/hooks', payload: 'claude-code.PreToolUse'},
	{agent: 'codex-cli', bundle: 'hooks/coograph-codex-cli.cjs', folder: '.codex/hooks', payload: 'codex-cli.PreToolUse'},
] as const;

export type CommandHook = (typeof COMMAND_HOOKS)[number];

/** Copies the built bundle into a project as `init` does, and returns its path there. */
export function installHook(root: string, hook: {bundle: string; folder: string}): string {
	const folder = join(root, hook.folder);
	mkdirSync(folder, {recursive: true});
	const file = join(folder, hook.bundle.split('/').pop()!);
	copyFileSync(new URL(hook.bundle, DIST), file);
	return file;
}

/** Runs an installed hook as the agent does: the payload on stdin, a clean environment. */
export async function runHook(file: string, input: string | Buffer, environment: Record<string, string> = {}) {
	return execa('node', [file], {input, reject: false, env: {PATH: process.env.PATH!, XDG_STATE_HOME: process.env.XDG_STATE_HOME!, ...environment}, extendEnv: false, stripFinalNewline: false});
}
