import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {DEFAULT_CONFIG} from '../../../src/config/coograph-config.ts';
import type {AgentName} from '../../../src/event/agent-event.ts';
import type {EventRecord} from '../../../src/event/event-record.ts';
import type {FindingName} from '../../../src/findings/finding.ts';
import {writeEvent} from '../../../src/writer/write-event.ts';

export type ScriptedCommand = {
	session: string;
	agent: AgentName;
	/** Seconds after the script's start. */
	at: number;
	command: string;
	/** The post event's; undefined: no post event (the agent stopped, or the command was refused). */
	exitCode?: number | null;
	/** Agents that give none (Codex) are paired in order. */
	toolUseId?: string;
};

export type WriterProject = {root: string; records: EventRecord[]};

export const SCRIPT_START = Date.parse('2026-05-17T09:00:00Z');

/** A project whose logs the real writer wrote, assessing each command and refusing those the policy blocks. */
export function writerProject(commands: ScriptedCommand[], block: FindingName[] = []): WriterProject {
	const root = mkdtempSync(join(tmpdir(), 'coograph-audit-findings-'));
	const config = {...DEFAULT_CONFIG, block: {findings: block, patterns: []}};
	for (const {session, agent, at, command, exitCode, toolUseId} of commands) {
		const time = new Date(SCRIPT_START + (at * 1000));
		const event = {agent, sessionId: session, toolName: 'Bash', toolUseId, command};
		const {blocked} = writeEvent(root, {...event, kind: 'pre'}, {config, time});
		if (blocked === undefined && exitCode !== undefined) {
			writeEvent(root, {...event, kind: 'post', exitCode, durationMs: exitCode === null ? null : 5}, {config, time: new Date(time.getTime() + 500)});
		}
	}

	const records = readFileSync(join(root, '.coograph', 'events.jsonl'), 'utf8').trim().split('\n').map(line => JSON.parse(line) as EventRecord);
	return {root, records};
}
