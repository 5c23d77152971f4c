import {readFileSync} from 'node:fs';

const PAYLOADS = new URL('../fixtures/payloads/', import.meta.url);

export function payloadText(name: string): string {
	return readFileSync(new URL(`${name}.json`, PAYLOADS), 'utf8');
}

export function payload(name: string): unknown {
	return JSON.parse(payloadText(name));
}
