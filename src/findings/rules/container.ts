// DESTRUCTIVE_CONTAINER: container data or many objects removed at once: any `prune`, `system reset`, `volume rm`,
// `rm` or `rmi` that forces, removes volumes or takes a `$(…)` list, `compose down -v|--rmi`.
// Removing one named container or image without force is not.

import {hasOption, parseArguments, type ParsedArguments} from '../arguments/parse-arguments.ts';
import type {Invocation} from '../invocation/invocation.ts';
import type {Rule} from './rule.ts';

const ENGINES = new Set(['docker', 'podman', 'nerdctl', 'finch']);
const COMPOSES = new Set(['docker-compose', 'podman-compose']);
const GLOBAL_VALUED = ['-H', '--host', '-c', '--context', '--config', '-l', '--log-level', '--tlscacert', '--tlscert', '--tlskey', '--url', '--connection', '--identity', '--root', '--runroot', '--storage-driver', '--namespace', '-n', '--address', '-a'];
const COMPOSE_VALUED = ['-f', '--file', '-p', '--project-name', '--env-file', '--profile', '--project-directory', '--ansi', '--parallel'];
const MANAGEMENT = new Set(['container', 'image', 'volume', 'network', 'system', 'builder', 'buildx']);

const forcesOrTakesAList = (parsed: ParsedArguments) => hasOption(parsed, '-f', '--force', '-v', '--volumes')
	|| parsed.operands.some(operand => operand.startsWith('$(') || operand.startsWith('`'));

/** `[object] verb arguments`, with `docker rmi` read as `docker image rm`, `docker rm` as `docker container rm`. */
function engineCommand(invocation: Invocation): {object: string; verb: string; rest: string[]} | undefined {
	if (COMPOSES.has(invocation.name)) {
		const compose = parseArguments(invocation.args, COMPOSE_VALUED, {stopAtOperand: true});
		return {object: 'compose', verb: compose.operands[0] ?? '', rest: compose.operands.slice(1)};
	}

	if (!ENGINES.has(invocation.name)) {
		return undefined;
	}

	const [first = '', ...rest] = parseArguments(invocation.args, GLOBAL_VALUED, {stopAtOperand: true}).operands;
	if (first === 'compose') {
		const compose = parseArguments(rest, COMPOSE_VALUED, {stopAtOperand: true});
		return {object: 'compose', verb: compose.operands[0] ?? '', rest: compose.operands.slice(1)};
	}

	if (MANAGEMENT.has(first)) {
		return {object: first, verb: rest[0] ?? '', rest: rest.slice(1)};
	}

	return first === 'rmi' ? {object: 'image', verb: 'rm', rest} : {object: 'container', verb: first, rest};
}

function destroysContainerData(invocation: Invocation): boolean {
	const command = engineCommand(invocation);
	if (command === undefined) {
		return false;
	}

	const {object, verb} = command;
	const parsed = parseArguments(command.rest);
	const removes = verb === 'rm' || verb === 'remove';
	// Without an operand or `--all`, `docker rm` removes nothing.
	const removesObjects = removes && (parsed.operands.length > 0 || hasOption(parsed, '-a', '--all'));
	return verb === 'prune'
		|| (object === 'system' && verb === 'reset')
		|| (object === 'volume' && removesObjects)
		|| ((object === 'container' || object === 'image') && removesObjects && forcesOrTakesAList(parsed))
		|| (object === 'compose' && (verb === 'down' || removes) && hasOption(parsed, '-v', '--volumes', '--rmi'));
}

export const DESTRUCTIVE_CONTAINER: Rule = {name: 'DESTRUCTIVE_CONTAINER', programs: new Set([...ENGINES, ...COMPOSES]), test: destroysContainerData};
