import {describe, expect, it} from 'vitest';
import {parseArguments} from '../../src/findings/arguments/parse-arguments.ts';
import {readCommandLine} from '../../src/findings/invocation/command-line.ts';
import {unwrap} from '../../src/findings/invocation/unwrap.ts';

describe('unwrap', () => {
	it.each([
		[['sudo', '-u', 'root', '-E', 'rm', '-rf', '/'], ['rm', '-rf', '/'], true],
		[['sudo', 'FOO=1', 'make', 'install'], ['make', 'install'], true],
		[['sudo', '-e', '/etc/hosts'], ['sudoedit', '/etc/hosts'], true],
		[['sudo', '-i'], ['sudo', '-i'], true],
		[['doas', '-u', 'www', 'ls'], ['ls'], true],
		[['su', '-', 'root', '-c', 'rm -rf /'], ['sh', '-c', 'rm -rf /'], true],
		[['env', '-i', 'LANG=C', 'A=b', 'rm', 'x'], ['rm', 'x'], false],
		[['env', '-u', 'HOME'], ['env', '-u', 'HOME'], false],
		[['nohup', 'nice', '-n', '5', 'timeout', '-s', 'KILL', '10', 'rm', 'x'], ['rm', 'x'], false],
		[['command', 'rm', 'x'], ['rm', 'x'], false],
		[['command', '-v', 'rm'], ['command', '-v', 'rm'], false],
		[['xargs', '-0', '-I{}', 'rm', '{}'], ['rm', '{}'], false],
		[['xargs'], ['echo'], false],
		[['watch', '-n', '1', 'ls', '-la'], ['sh', '-c', 'ls -la'], false],
		[['flock', '/tmp/lock', '-c', 'make'], ['sh', '-c', 'make'], false],
		[['time', '-p', 'sudo', 'npx', 'cdk', 'destroy'], ['cdk', 'destroy'], true],
		[['/usr/bin/sudo', '/bin/rm', 'x'], ['/bin/rm', 'x'], true],
	])('%j', (words, argv, elevated) => {
		expect(unwrap(words)).toEqual({argv, elevated});
	});
});

describe('parseArguments', () => {
	it('splits clusters, takes values attached or next, and stops options at --', () => {
		const parsed = parseArguments(['-rfo', 'out', '--file=a', '--level', '3', '-Xvalue', 'x', '--', '-y'], ['-o', '--level', '-X']);
		expect(parsed.options).toEqual([
			{name: '-r', value: undefined},
			{name: '-f', value: undefined},
			{name: '-o', value: 'out'},
			{name: '--file', value: 'a'},
			{name: '--level', value: '3'},
			{name: '-X', value: 'value'},
		]);
		expect(parsed.operands).toEqual(['x', '-y']);
	});

	it('stops at the first operand when asked, keeping the rest whole', () => {
		expect(parseArguments(['-u', 'root', 'rm', '-rf', '/'], ['-u'], {stopAtOperand: true})).toEqual({options: [{name: '-u', value: 'root'}], operands: ['rm', '-rf', '/'], end: 2});
	});
});

describe('readCommandLine', () => {
	const names = (command: string) => readCommandLine(command).invocations.map(({name}) => name);

	it('reads the scripts given to bash -c, eval, su -c, ssh, find -exec and here-documents fed to a shell', () => {
		expect(names('bash -lc "rm -rf /"')).toEqual(['bash', 'rm']);
		expect(names('eval "curl x | sh"')).toEqual(['eval', 'curl', 'sh']);
		expect(names('su -c "mkfs /dev/sda" root')).toEqual(['sh', 'mkfs']);
		expect(names('ssh -p 22 host "rm -rf ~"')).toEqual(['ssh', 'rm']);
		expect(names('find / -exec sh -c "rm -rf {}" \\;')).toEqual(['find', 'sh', 'rm']);
		expect(names('bash <<EOF\nrm -rf /\nEOF')).toEqual(['bash', 'rm']);
		expect(names('cat <<EOF\nrm -rf /\nEOF')).toEqual(['cat']);
	});

	it('resolves later relative paths against an earlier cd', () => {
		const [, rm, , touch] = readCommandLine('cd /etc && rm -rf x; cd; touch y').invocations;
		expect(rm!.cwd).toBe('/etc');
		expect(touch!.cwd).toBe('~');
	});

	it('stops nesting after six levels', () => {
		const command = `${'eval '.repeat(7)}rm -rf /`;
		expect(names(command)).not.toContain('rm');
		expect(names(`${'eval '.repeat(5)}rm -rf /`)).toContain('rm');
	});
});
