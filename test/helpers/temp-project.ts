import {mkdtempSync, readFileSync, readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

export function tempProject(): string {
	return mkdtempSync(join(tmpdir(), 'coograph-test-'));
}

export function readLog(root: string, name: string): string {
	return readFileSync(join(root, '.coograph', name), 'utf8');
}

export function readEvents(root: string): Array<Record<string, unknown>> {
	return readLog(root, 'events.jsonl').trimEnd().split('\n').map(line => JSON.parse(line) as Record<string, unknown>);
}

export function sessionFiles(root: string): string[] {
	return readdirSync(join(root, '.coograph', 'sessions')).sort();
}
