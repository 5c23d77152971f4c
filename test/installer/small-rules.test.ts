import {describe, expect, it} from 'vitest';
import {parseInstallerArguments} from '../../src/installer/arguments.ts';
import {withLogFolderIgnored} from '../../src/installer/gitignore.ts';
import {formatJsonLike} from '../../src/installer/hook-config/json-file.ts';
import {escapeForDoubleQuotes} from '../../src/installer/shell-quote.ts';

describe('withLogFolderIgnored', () => {
	it.each([
		['', '.coograph/\n'],
		['node_modules/\n', 'node_modules/\n.coograph/\n'],
		['node_modules/', 'node_modules/\n.coograph/\n'],
		['dist\r\n.coograph\r\n', 'dist\r\n.coograph\r\n'],
		['/.coograph/\n', '/.coograph/\n'],
		['# .coograph/\n', '# .coograph/\n.coograph/\n'],
	])('%j becomes %j', (text, expected) => {
		expect(withLogFolderIgnored(text)).toBe(expected);
	});
});

describe('parseInstallerArguments', () => {
	it('takes --agent as comma lists and repeated', () => {
		expect(parseInstallerArguments(['--agent', 'claude-code, codex-cli', '--agent=opencode', 'dir']).agents).toEqual(['claude-code', 'codex-cli', 'opencode']);
	});

	it('reads the flags and the directory', () => {
		expect(parseInstallerArguments(['--user', '--no-codex-trust'])).toEqual({dir: undefined, user: true, agents: [], codexTrust: false, help: false});
	});

	it('refuses unknown options and a second directory', () => {
		expect(() => parseInstallerArguments(['--force'])).toThrow('Unknown option \'--force\' (see --help)');
		expect(() => parseInstallerArguments(['a', 'b'])).toThrow('expected at most one directory, got 2: a b');
	});
});

describe('formatJsonLike', () => {
	it('keeps the file\'s indentation and final newline', () => {
		expect(formatJsonLike({path: 'x', text: '{\n    "a": 1\n}', value: {}}, {a: [1]})).toBe('{\n    "a": [\n        1\n    ]\n}');
		expect(formatJsonLike({path: 'x', text: '{\n\t"a": 1\n}\n', value: {}}, {a: 2})).toBe('{\n\t"a": 2\n}\n');
	});

	it('writes a new file with 2 spaces and a final newline', () => {
		expect(formatJsonLike({path: 'x', value: {}}, {a: 1})).toBe('{\n  "a": 1\n}\n');
	});
});

describe('escapeForDoubleQuotes', () => {
	it('leaves nothing for the shell to expand', () => {
		expect(escapeForDoubleQuotes('/home/a "b"/$HOME/`x`/c\\d')).toBe('/home/a \\"b\\"/\\$HOME/\\`x\\`/c\\\\d');
	});
});
