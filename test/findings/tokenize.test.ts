import {describe, expect, it} from 'vitest';
import {parseScript} from '../../src/findings/tokenize/parse-script.ts';
import type {SimpleCommand} from '../../src/findings/tokenize/simple-command.ts';

const words = (source: string) => parseScript(source).map(command => command.words);

/** The names of the commands that feed a command through pipes, in pipeline order. */
function upstreamNames({upstream}: SimpleCommand): string[] {
	const stages: string[][] = [];
	for (let node = upstream; node !== undefined; node = node.from) {
		stages.unshift(node.commands.map(({words}) => words[0]!));
	}

	return stages.flat();
}

function command(commands: SimpleCommand[], name: string): SimpleCommand {
	const found = commands.find(({words}) => words[0] === name);
	expect(found, `no command ${name}`).toBeDefined();
	return found!;
}

describe('parseScript: words', () => {
	it.each([
		['echo "rm -rf /"', [['echo', 'rm -rf /']]],
		[String.raw`echo 'a "b"' "c 'd'" e\ f`, [['echo', 'a "b"', 'c \'d\'', 'e f']]],
		[String.raw`echo "a \"b\" \$HOME \n"`, [['echo', String.raw`a "b" $HOME \n`]]],
		['r\\m -rf /', [['rm', '-rf', '/']]],
		['"rm" -rf \'/\'*', [['rm', '-rf', '/*']]],
		[String.raw`echo $'a\x41\tb\'c'`, [['echo', 'aA\tb\'c']]],
		['echo $HOME ${USER:-me} $((1 + 2))', [['echo', '$HOME', '${USER:-me}', '$((1 + 2))']]],
		['echo a\\\nb', [['echo', 'ab']]],
		['echo a#b # rm -rf /', [['echo', 'a#b']]],
		['# sudo rm -rf /', []],
		['ls -la\r', [['ls', '-la\r']]],
	])('%j', (source, expected) => {
		expect(words(source)).toEqual(expected);
	});

	it('drops leading assignments and keeps array assignments whole', () => {
		expect(words('X=1 Y="a b" make test')).toEqual([['make', 'test']]);
		expect(words('declare -a items=(a b) && arr=(c d)')).toEqual([['declare', '-a', 'items=(a b)']]);
	});

	it('keeps an unterminated quote and unbalanced parentheses readable', () => {
		expect(words('echo "abc')).toEqual([['echo', 'abc']]);
		expect(words('(rm -rf /tmp/x')).toEqual([['rm', '-rf', '/tmp/x']]);
		expect(words('ls ) ; pwd')).toEqual([['ls'], ['pwd']]);
	});
});

describe('parseScript: lists, pipelines and compound commands', () => {
	it('splits on ;, &&, ||, & and newlines', () => {
		expect(words('a; b && c || d & e\nf')).toEqual([['a'], ['b'], ['c'], ['d'], ['e'], ['f']]);
	});

	it('links each pipeline stage to the stages before it, and only within the pipeline', () => {
		const commands = parseScript('a | b |& c; d');
		expect(upstreamNames(command(commands, 'b'))).toEqual(['a']);
		expect(upstreamNames(command(commands, 'c'))).toEqual(['a', 'b']);
		expect(upstreamNames(command(commands, 'd'))).toEqual([]);
	});

	it('makes a subshell or group one pipeline stage', () => {
		const commands = parseScript('{ curl x; echo; } | sh; (cd /tmp && wget y) | bash');
		expect(upstreamNames(command(commands, 'sh'))).toEqual(['curl', 'echo']);
		expect(upstreamNames(command(commands, 'bash'))).toEqual(['cd', 'wget']);
	});

	it('feeds a loop in a pipeline from the stages before it', () => {
		const commands = parseScript('curl x | while read line; do sh -c "$line"; done');
		expect(upstreamNames(command(commands, 'sh'))).toEqual(['curl']);
	});

	it('reads the commands of if, while, for, case and drops their keywords', () => {
		expect(words('if [ -f x ]; then rm x; elif true; then ls; else echo; fi')).toEqual([['[', '-f', 'x', ']'], ['rm', 'x'], ['true'], ['ls'], ['echo']]);
		expect(words('for f in *.txt; do rm "$f"; done')).toEqual([['rm', '$f']]);
		expect(words('for ((i = 0; i < 3; i++)); do echo $i; done')).toEqual([['echo', '$i']]);
		expect(words('case $x in a|b) rm -rf /;; (*) echo hi;; esac; ls')).toEqual([['rm', '-rf', '/'], ['echo', 'hi'], ['ls']]);
		expect(words('! grep -q x f && echo no')).toEqual([['grep', '-q', 'x', 'f'], ['echo', 'no']]);
	});

	it('reads [[ … ]] and (( … )) as tests, not as redirections or subshells', () => {
		expect(parseScript('[[ $a > b && -f /etc/passwd ]] && (( i > 2 )) && rm x')).toEqual([expect.objectContaining({words: ['rm', 'x'], redirects: []})]);
	});

	it('marks the commands of a pipeline sent to the background', () => {
		const commands = parseScript('a | b & c');
		expect(commands.map(({background}) => background)).toEqual([true, true, false]);
	});

	it('marks the commands of a function body with the function', () => {
		for (const source of [':(){ :|:& };:', 'function f { f | f & }; f', 'g() (g | g &)\ng']) {
			const [first, second, call] = parseScript(source);
			expect(first!.inFunction).toBe(first!.words[0]);
			expect(second!.inFunction).toBe(first!.words[0]);
			expect(second!.upstream?.commands).toEqual([first]);
			expect(call!.inFunction).toBeUndefined();
		}
	});
});

describe('parseScript: substitutions', () => {
	it('parses the commands of $(…), backquotes and <(…), linked to the command whose word they fill', () => {
		const commands = parseScript('echo "$(rm -rf /)" `id` <(ls a)');
		const echo = command(commands, 'echo');
		expect(echo.words).toEqual(['echo', '$(rm -rf /)', '`id`', '<(ls a)']);
		for (const name of ['rm', 'id', 'ls']) {
			expect(command(commands, name).enclosing).toBe(echo);
		}
	});

	it('unescapes backquotes inside backquotes', () => {
		const commands = parseScript('echo `rm -rf \\`pwd\\``');
		expect(command(commands, 'pwd').enclosing).toBe(command(commands, 'rm'));
	});

	it('keeps single quotes and arithmetic unparsed', () => {
		expect(words('echo \'$(rm -rf /)\' $(( $(id -u) + 1 ))')).toEqual([['echo', '$(rm -rf /)', '$(( $(id -u) + 1 ))']]);
	});
});

describe('parseScript: redirections and here-documents', () => {
	it.each([
		['cat > /etc/passwd', [{operator: '>', target: '/etc/passwd'}]],
		['cmd 2>&1 >> log', [{operator: '>&', target: '1'}, {operator: '>>', target: 'log'}]],
		['cmd &> /dev/null', [{operator: '&>', target: '/dev/null'}]],
		['cmd >| f <> g', [{operator: '>|', target: 'f'}, {operator: '<>', target: 'g'}]],
		['exec {fd}>file 3<>/dev/tcp/h/1', [{operator: '>', target: 'file'}, {operator: '<>', target: '/dev/tcp/h/1'}]],
		['bash <<< "echo hi"', [{operator: '<<<', target: 'echo hi'}]],
		['bash -s < <(curl x)', [{operator: '<', target: '<(curl x)'}]],
	])('%j', (source, expected) => {
		expect(parseScript(source).at(-1)!.redirects).toEqual(expected);
	});

	it('gives a here-document its body and reads the commands after it', () => {
		const commands = parseScript('cat <<EOF > /etc/passwd\nroot::0:0\n$(not run)\nEOF\necho done');
		expect(commands.map(({words}) => words)).toEqual([['cat'], ['echo', 'done']]);
		expect(commands[0]!.redirects).toEqual([{operator: '<<', target: 'root::0:0\n$(not run)'}, {operator: '>', target: '/etc/passwd'}]);
	});

	it('honours a quoted delimiter and <<- tab stripping', () => {
		const [command] = parseScript('sh <<-\'END\'\n\trm -rf /\n\tEND\n');
		expect(command!.redirects).toEqual([{operator: '<<-', target: 'rm -rf /'}]);
	});
});

describe('parseScript: hostile input', () => {
	it.each([
		['nested substitutions', '$('.repeat(50_000)],
		['nested subshells', '('.repeat(50_000)],
		['nested backquotes', `${'echo `'.repeat(2000)}x`],
		['a long word', 'a'.repeat(200_000)],
	])('%s: returns without throwing', (_name, source) => {
		expect(() => parseScript(source)).not.toThrow();
	});
});
