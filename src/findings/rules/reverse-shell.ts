// REVERSE_SHELL: a shell wired to a network connection. Any redirection to bash's `/dev/tcp/` or `/dev/udp/` sockets;
// netcat told to run a program (`-e`, `-c`); socat joining a network address to `EXEC:`; a shell piped to or from a
// network relay; interpreter code that opens a socket and starts a shell; awk's `/inet/tcp/` sockets.

import {hasOption, parseArguments} from '../arguments/parse-arguments.ts';
import type {Invocation} from '../invocation/invocation.ts';
import {interpreterCode, scriptSource} from '../invocation/script-source.ts';
import {NETWORK_RELAYS, SHELLS} from '../programs.ts';
import {feedSome} from '../tokenize/feed.ts';
import type {Rule} from './rule.ts';

const NETCATS = new Set(['nc', 'ncat', 'netcat', 'nc.traditional', 'nc.openbsd']);
const NETCAT_VALUED = ['-e', '-c', '--exec', '--sh-exec', '--lua-exec', '-p', '-s', '-w', '-i', '-q', '-x', '-X', '-P', '-I', '-O', '-T', '-m'];
const SOCKET_DEVICE = /^\/dev\/(?:tcp|udp)\//;
const SOCKET_CODE = /socket|fsockopen|TCPSocket|IO::Socket|net\.connect|net\.Socket|createConnection/i;
const SHELL_CODE = /\/bin\/(?:ba|z|da|k)?sh\b|\bsh\s+-i\b|pty\.spawn|dup2|subprocess|child_process|\bexec\s*[\s("'`]|\bsystem\s*[\s("']|popen|spawn/i;

function isRelay(invocation: Invocation): boolean {
	return NETWORK_RELAYS.has(invocation.name) && (invocation.name !== 'openssl' || invocation.args[0] === 's_client');
}

function isStdinShell(invocation: Invocation): boolean {
	return SHELLS.has(invocation.name) && scriptSource(invocation)?.from === 'stdin';
}

function opensShellOnSocket(invocation: Invocation): boolean {
	const {name, args} = invocation;
	if (invocation.redirects.some(({target}) => SOCKET_DEVICE.test(target))) {
		return true;
	}

	if ((isStdinShell(invocation) && feedSome(invocation.upstream, isRelay)) || (isRelay(invocation) && feedSome(invocation.upstream, isStdinShell))) {
		return true;
	}

	if (NETCATS.has(name)) {
		return hasOption(parseArguments(args, NETCAT_VALUED), '-e', '-c', '--exec', '--sh-exec', '--lua-exec');
	}

	if (name === 'socat') {
		return args.some(argument => /^(?:exec|system):/i.test(argument)) && args.some(argument => /^(?:tcp|udp|openssl|ssl)/i.test(argument));
	}

	if (name === 'awk' || name === 'gawk') {
		return args.some(argument => argument.includes('/inet/tcp/') || argument.includes('/inet/udp/'));
	}

	const code = interpreterCode(invocation);
	return code !== undefined && SOCKET_CODE.test(code) && SHELL_CODE.test(code);
}

export const REVERSE_SHELL: Rule = {name: 'REVERSE_SHELL', test: opensShellOnSocket};
