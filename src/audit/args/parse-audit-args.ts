import {parseArgs} from 'node:util';
import {AGENT_NAMES} from '../../event/agent-event.ts';
import type {SearchOptions} from '../queries/grep.ts';
import {parseTimeArgument} from '../time/parse-time-argument.ts';
import {UsageError} from './usage-error.ts';

export type AuditQuery =
	| {name: 'session'; id: string}
	| {name: 'window'; from: number; to: number}
	| {name: 'grep'; search: SearchOptions; count: boolean}
	| {name: 'xref'; search: SearchOptions}
	| {name: 'sessions'}
	| {name: 'verify'};

export type AuditRequest =
	| {help: true}
	| {help?: false; query: AuditQuery; dir?: string; json: boolean; local: boolean};

const COMMON_OPTIONS = {
	dir: {type: 'string'},
	json: {type: 'boolean', default: false},
	local: {type: 'boolean', default: false},
	help: {type: 'boolean', short: 'h', default: false},
} as const;

const SEARCH_OPTIONS = {
	'ignore-case': {type: 'boolean', short: 'i', default: false},
	agent: {type: 'string'},
	since: {type: 'string'},
	until: {type: 'string'},
} as const;

const QUERY_OPTIONS = {
	session: COMMON_OPTIONS,
	window: COMMON_OPTIONS,
	grep: {...COMMON_OPTIONS, ...SEARCH_OPTIONS, session: {type: 'string'}, count: {type: 'boolean', short: 'c', default: false}},
	xref: {...COMMON_OPTIONS, ...SEARCH_OPTIONS},
	sessions: COMMON_OPTIONS,
	verify: COMMON_OPTIONS,
} as const;

const POSITIONALS: Record<keyof typeof QUERY_OPTIONS, string[]> = {
	session: ['<id>'],
	window: ['<from>', '<to>'],
	grep: ['<regex>'],
	xref: ['<regex>'],
	sessions: [],
	verify: [],
};

type ParsedValues = {
	dir?: string;
	json?: boolean;
	local?: boolean;
	help?: boolean;
	'ignore-case'?: boolean;
	agent?: string;
	since?: string;
	until?: string;
	session?: string;
	count?: boolean;
};

export function parseAuditArgs(argv: string[], now: Date): AuditRequest {
	const [name, ...rest] = argv;
	if (name === '--help' || name === '-h') {
		return {help: true};
	}

	if (name === undefined || name.startsWith('-')) {
		throw new UsageError('which query?');
	}

	if (!Object.hasOwn(QUERY_OPTIONS, name)) {
		throw new UsageError(`unknown query "${name}"`);
	}

	const queryName = name as keyof typeof QUERY_OPTIONS;
	let parsed;
	try {
		parsed = parseArgs({args: rest, options: QUERY_OPTIONS[queryName], allowPositionals: true, strict: true});
	} catch (error) {
		throw new UsageError(`${name}: ${(error as Error).message.split('\n')[0]}`);
	}

	const values = parsed.values as ParsedValues;
	if (values.help) {
		return {help: true};
	}

	const expected = POSITIONALS[queryName];
	if (parsed.positionals.length !== expected.length) {
		throw new UsageError(`${name} takes ${expected.length === 0 ? 'no arguments' : expected.join(' ')}`);
	}

	return {
		query: buildQuery(queryName, parsed.positionals, values, now),
		dir: values.dir,
		json: values.json ?? false,
		local: values.local ?? false,
	};
}

function buildQuery(name: keyof typeof QUERY_OPTIONS, positionals: string[], values: ParsedValues, now: Date): AuditQuery {
	switch (name) {
		case 'session': {
			return {name, id: nonEmpty(positionals[0]!, '<id>')};
		}

		case 'window': {
			const from = time(positionals[0]!, '<from>', now);
			const to = time(positionals[1]!, '<to>', now);
			if (from > to) {
				throw new UsageError('window: <from> is after <to>');
			}

			return {name, from, to};
		}

		case 'grep': {
			return {name, search: {...searchOptions(positionals[0]!, values, now), session: values.session}, count: values.count ?? false};
		}

		case 'xref': {
			return {name, search: searchOptions(positionals[0]!, values, now)};
		}

		case 'sessions':
		case 'verify': {
			return {name};
		}
	}
}

function searchOptions(pattern: string, values: ParsedValues, now: Date): SearchOptions {
	if (values.agent !== undefined && !(AGENT_NAMES as readonly string[]).includes(values.agent)) {
		throw new UsageError(`unknown agent "${values.agent}" (one of ${AGENT_NAMES.join(', ')})`);
	}

	return {
		pattern,
		ignoreCase: values['ignore-case'] ?? false,
		agent: values.agent,
		since: values.since === undefined ? undefined : time(values.since, '--since', now),
		until: values.until === undefined ? undefined : time(values.until, '--until', now),
	};
}

function time(text: string, what: string, now: Date): number {
	const parsed = parseTimeArgument(text, now);
	if (parsed === undefined) {
		throw new UsageError(`${what}: cannot read "${text}" as a time`);
	}

	return parsed;
}

function nonEmpty(text: string, what: string): string {
	if (text === '') {
		throw new UsageError(`${what} is empty`);
	}

	return text;
}
