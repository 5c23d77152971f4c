import {createHash} from 'node:crypto';
import {describe, expect, it} from 'vitest';
import {sessionFileName} from '../../src/writer/session-file-name.ts';
import {shortId} from '../../src/writer/short-id.ts';

describe('shortId', () => {
	it('is the first 8 hex digits of SHA-256 of the session id', () => {
		const id = '01a20015-85d3-7b71-9dcb-e098ca76d04c';
		expect(shortId(id)).toBe(createHash('sha256').update(id).digest('hex').slice(0, 8));
		expect(shortId(id)).toMatch(/^[\da-f]{8}$/);
	});

	it('tells apart sessions whose ids share their leading characters', () => {
		expect(shortId('ses_dffe9d016ffepEQvSyW21wv5CL')).not.toBe(shortId('ses_dffe9d016ffeFVKqM8ZCrwJCa8'));
	});

	it('is "unknown" without a session id', () => {
		expect(shortId(undefined)).toBe('unknown');
	});
});

describe('sessionFileName', () => {
	it('starts with the short id and ends with the full id', () => {
		const id = '4af640c2-76af-45e4-ab5f-0b631fb36b5c';
		expect(sessionFileName(id, shortId(id))).toBe(`${shortId(id)}-${id}.log`);
	});

	it('sanitises to [A-Za-z0-9_-] and 64 characters', () => {
		const name = sessionFileName(`../../etc/passwd ${'x'.repeat(100)}`, 'abcdef01');
		expect(name).toBe(`abcdef01-______etc_passwd_${'x'.repeat(64 - 17)}.log`);
		expect(name).not.toContain('/');
	});

	it('uses unknown.log without a session id', () => {
		expect(sessionFileName(undefined, 'unknown')).toBe('unknown.log');
	});
});
