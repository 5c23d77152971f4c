import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {generateLogs, type GenerateOptions} from '../../../scripts/log-generator/generate.ts';
import type {WrittenCommand} from '../../../scripts/log-generator/write-logs.ts';

export type GeneratedProject = {root: string; commands: WrittenCommand[]};

/** A project with generated logs, and what they hold, in the order it was written: the answers to check against. */
export function generatedProject(options: Omit<GenerateOptions, 'root' | 'onCommand'> = {}, root = mkdtempSync(join(tmpdir(), 'coograph-audit-'))): GeneratedProject {
	const commands: WrittenCommand[] = [];
	generateLogs({...options, root, onCommand: command => commands.push(command)});
	return {root, commands};
}

/** The log format's time: `2026-05-17 09:42:18Z`. */
export function logTime(time: number): string {
	return `${new Date(time).toISOString().slice(0, 19).replace('T', ' ')}Z`;
}

export function isoTime(time: number): string {
	return `${new Date(time).toISOString().slice(0, 19)}Z`;
}
