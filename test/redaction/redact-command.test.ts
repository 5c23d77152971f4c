import {describe, expect, it} from 'vitest';
import {DEFAULT_CONFIG} from '../../src/config/coograph-config.ts';
import type {RedactionConfig} from '../../src/config/redaction-key.ts';
import {compileRules} from '../../src/redaction/compile-rules.ts';
import {DEFAULT_RULE_NAMES} from '../../src/redaction/default-rules.ts';
import {redactCommand} from '../../src/redaction/redact-command.ts';

const GITHUB = 'ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8';
const withSettings = (settings: Partial<RedactionConfig>) => compileRules({...DEFAULT_CONFIG.redaction, ...settings});
const defaults = withSettings({});

describe('redactCommand', () => {
	it('changes nothing but the secret: the rest stays byte for byte, line breaks, tabs and non-ASCII included', () => {
		const before = 'echo "café 🚀"\t&& \\\n  GH_TOKEN=';
		const after = ' gh pr list # 中文\r\n';
		expect(redactCommand(`${before}${GITHUB}${after}`, defaults)).toBe(`${before}[REDACTED:github-token]${after}`);
	});

	it('returns the very same string when there is nothing to redact', () => {
		const command = 'npm test -- --run';
		expect(redactCommand(command, defaults)).toBe(command);
	});

	it('names the specific rule when a generic one finds the same secret', () => {
		expect(redactCommand(`GITHUB_TOKEN=${GITHUB} curl -H "Authorization: Bearer ${GITHUB}" https://x:${GITHUB}@h`, defaults))
			.toBe('GITHUB_TOKEN=[REDACTED:github-token] curl -H "Authorization: Bearer [REDACTED:github-token]" https://x:[REDACTED:github-token]@h');
	});

	it('makes one marker of overlapping secrets, named after the one that starts first', () => {
		expect(redactCommand(`export DB_PASSWORD="prefix ${GITHUB} suffix" && ls`, defaults))
			.toBe('export DB_PASSWORD="[REDACTED:named-secret]" && ls');
	});

	it('finds secrets in a long command just the same (where rules are not skipped on hints)', () => {
		const padding = 'echo ordinary text; '.repeat(2000);
		expect(redactCommand(`${padding}GITHUB_TOKEN=${GITHUB} AUTHORIZATION: Basic dXNlcjpwYXNz`, defaults))
			.toBe(`${padding}GITHUB_TOKEN=[REDACTED:github-token] AUTHORIZATION: Basic [REDACTED:authorization-header]`);
	});

	it('matches names and headers in any case, and keeps its place after characters that change length in lowercase', () => {
		expect(redactCommand('echo İİİ && Db_PassWord=x curl -H "AuThOrIzAtIoN: BeArEr abc123def" İ', defaults))
			.toBe('echo İİİ && Db_PassWord=[REDACTED:named-secret] curl -H "AuThOrIzAtIoN: BeArEr [REDACTED:authorization-header]" İ');
	});

	it('redacts every secret of a command, each with its own marker', () => {
		expect(redactCommand(`A=${GITHUB} B=AKIAIOSFODNN7EXAMPLE C=${GITHUB}`, defaults))
			.toBe('A=[REDACTED:github-token] B=[REDACTED:aws-access-key-id] C=[REDACTED:github-token]');
	});

	it('gives the same result when run again on its own output: markers are never redacted', () => {
		const once = redactCommand(`curl -u a:${GITHUB} -d '{"token":"${GITHUB}"}' -H "X-Api-Key: ${GITHUB}" DB_PASSWORD=x`, defaults);
		expect(once).toBe('curl -u a:[REDACTED:github-token] -d \'{"token":"[REDACTED:github-token]"}\' -H "X-Api-Key: [REDACTED:github-token]" DB_PASSWORD=[REDACTED:named-secret]');
		expect(redactCommand(once, defaults)).toBe(once);
	});
});

describe('compileRules', () => {
	it('redacts nothing when redaction is turned off', () => {
		expect(redactCommand(`echo ${GITHUB}`, withSettings({enabled: false}))).toBe(`echo ${GITHUB}`);
	});

	it('never redacts an allowed value, whichever rule finds it', () => {
		const compiled = withSettings({allow: ['AKIAIOSFODNN7EXAMPLE', 'postgres']});
		expect(redactCommand('aws --key AKIAIOSFODNN7EXAMPLE && POSTGRES_PASSWORD=postgres DB_PASSWORD=other up', compiled))
			.toBe('aws --key AKIAIOSFODNN7EXAMPLE && POSTGRES_PASSWORD=postgres DB_PASSWORD=[REDACTED:named-secret] up');
	});

	it('leaves out disabled default rules and keeps the others', () => {
		const compiled = withSettings({disable: ['jwt', 'github-token']});
		const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJl';
		expect(redactCommand(`echo ${jwt} ${GITHUB} AKIAIOSFODNN7EXAMPLE`, compiled)).toBe(`echo ${jwt} ${GITHUB} [REDACTED:aws-access-key-id]`);
	});

	it('adds custom rules: the whole match, or only the group named "secret", with the given flags', () => {
		const compiled = withSettings({rules: [
			{name: 'acme-key', pattern: 'acme_[a-z0-9]{12}', flags: 'i'},
			{name: 'ticket-pin', pattern: 'pin=(?<secret>\\d{4})\\b', flags: ''},
		]});
		expect(redactCommand('deploy --key ACME_abc123def456 --ticket pin=1234 pin=12345', compiled))
			.toBe('deploy --key [REDACTED:acme-key] --ticket pin=[REDACTED:ticket-pin] pin=12345');
	});

	it('applies the default rules first, so a custom rule finding the same secret does not rename it', () => {
		const compiled = withSettings({rules: [{name: 'any-ghp', pattern: 'ghp_\\w+', flags: ''}]});
		expect(redactCommand(`echo ${GITHUB} ghp_short`, compiled)).toBe('echo [REDACTED:github-token] [REDACTED:any-ghp]');
	});

	it('lists the default rules by name', () => {
		expect([...DEFAULT_RULE_NAMES]).toEqual([
			'private-key', 'jwt', 'anthropic-api-key', 'openai-api-key', 'github-token', 'gitlab-token', 'slack-webhook',
			'slack-token', 'aws-access-key-id', 'google-api-key', 'stripe-secret-key', 'npm-token', 'huggingface-token',
			'url-password', 'authorization-header', 'bearer-token', 'curl-user-password', 'named-secret',
		]);
	});
});
