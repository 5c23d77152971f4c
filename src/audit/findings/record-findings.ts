import type {EventRecord} from '../../event/event-record.ts';
import type {Finding} from '../../findings/finding.ts';
import {SEVERITIES} from './severity.ts';

/**
 * In the line of every record that has findings, and no other (`"findings":[{"name":…`; in a command, `"` is
 * escaped): six bytes, which Buffer#indexOf finds by the first, rare in records.
 */
export const WITH_FINDINGS = Buffer.from('[{"nam');

/** A record's findings, those that are well formed: anyone can append to events.jsonl. */
export function recordFindings(record: EventRecord): Finding[] {
	const {findings} = record as {findings?: unknown};
	return Array.isArray(findings) ? findings.filter(finding => isFinding(finding)) : [];
}

/** Whether a pre record's findings were assessed at all: records written before there were findings have none. */
export function isAssessed(record: EventRecord): boolean {
	return Array.isArray(record.findings);
}

export function isBlocked(record: EventRecord): boolean {
	return typeof record.blocked === 'string';
}

function isFinding(value: unknown): value is Finding {
	const {name, severity} = (value ?? {}) as Partial<Record<keyof Finding, unknown>>;
	return typeof name === 'string' && (SEVERITIES as readonly unknown[]).includes(severity);
}
