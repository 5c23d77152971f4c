import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {DEFAULT_CONFIG} from '../../src/config/coograph-config.ts';
import {compileRules} from '../../src/redaction/compile-rules.ts';
import {DEFAULT_RULE_NAMES} from '../../src/redaction/default-rules.ts';
import {redactCommand} from '../../src/redaction/redact-command.ts';

type CorpusEntry = {kind: 'secret' | 'ordinary'; command: string; expected: string; rules?: string[]; position?: string; secrets?: string[]};

// Written by scripts/generate-secrets-corpus.mjs; npm run measure:redaction prints recall and false redactions from it.
const corpus = readFileSync(new URL('../fixtures/secrets-corpus.jsonl', import.meta.url), 'utf8')
	.trimEnd().split('\n').map(line => JSON.parse(line) as CorpusEntry);
const withSecrets = corpus.filter(entry => entry.kind === 'secret');
const ordinary = corpus.filter(entry => entry.kind === 'ordinary');
const rules = compileRules(DEFAULT_CONFIG.redaction);

describe('the secrets corpus', () => {
	it('has at least 300 commands with secrets and 300 ordinary ones, covering every default rule and every position', () => {
		expect(withSecrets.length).toBeGreaterThanOrEqual(300);
		expect(ordinary.length).toBeGreaterThanOrEqual(300);
		expect(new Set(withSecrets.flatMap(entry => entry.rules))).toEqual(DEFAULT_RULE_NAMES);
		expect(new Set(withSecrets.map(entry => entry.position))).toEqual(new Set(['argument', 'env', 'url', 'header', 'heredoc']));
	});

	it.each(withSecrets.map(entry => [entry.command, entry]))('redacts exactly the secrets of %j', (_command, entry) => {
		const redacted = redactCommand(entry.command, rules);
		expect(redacted).toBe(entry.expected);
		for (const secret of entry.secrets!) {
			expect(redacted).not.toContain(secret);
		}
	});

	it.each(ordinary.map(entry => [entry.command]))('leaves %j as it is', command => {
		expect(redactCommand(command, rules)).toBe(command);
	});
});
