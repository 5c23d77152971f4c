import {parseArgs} from 'node:util';
import {AGENT_NAMES} from '../../event/agent-event.ts';
import {FINDING_NAMES} from '../../findings/finding.ts';
import type {FindingFilter} from '../findings/finding-filter.ts';
import {SEVERITIES} from '../findings/severity.ts';
import type {SearchOptions} from '../queries/grep.ts';
import {parseTimeArgument} from '../time/parse-time-argument.ts';
import {UsageError} from './usage-error.ts';

export type AuditQuery =
	| {name: 'session'; id: string}
	| {name: 'window'; from: number; to: number}
	| {name: 'grep'; search: SearchOptions; count: boolean}
	| {name: 'xref'; search: SearchOptions}
	| {name: 'sessions'; sort: SessionOrder}
	/** `id` undefined: every session. */
	| {name: 'summary'; id?: string}
	| {name: 'verify'};

export const SESSION_ORDERS = ['newest', 'risk'] as const;

export type SessionOrder = (typeof SESSION_ORDERS)[number];

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
	grep: {
		...COMMON_OPTIONS,
		...SEARCH_OPTIONS,
		session: {type: 'string'},
		count: {type: 'boolean', short: 'c', default: false},
		finding: {type: 'string', multiple: true},
		severity: {type: 'string'},
	},
	xref: {...COMMON_OPTIONS, ...SEARCH_OPTIONS},
	sessions: {...COMMON_OPTIONS, sort: {type: 'string', default: 'newest'}},
	summary: {...COMMON_OPTIONS, all: {type: 'boolean', default: false}},
	verify: COMMON_OPTIONS,
} as const;

const POSITIONALS: Record<keyof typeof QUERY_OPTIONS, string[]> = {
	session: ['<id>'],
	window: ['<from>', '<to>'],
	grep: ['<regex>'],
	xref: ['<regex>'],
	sessions: [],
	summary: ['<id>'],
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
	finding?: string[];
	severity?: string;
	sort?: string;
	all?: boolean;
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

	checkPositionals(queryName, parsed.positionals.length, values);

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
			const search = {...searchOptions(positionals[0] ?? '', values, now), session: values.session, findings: findingFilter(values)};
			return {name, search, count: values.count ?? false};
		}

		case 'xref': {
			return {name, search: searchOptions(positionals[0]!, values, now)};
		}

		case 'sessions': {
			return {name, sort: oneOf(values.sort!, SESSION_ORDERS, 'sort order')};
		}

		case 'summary': {
			return {name, id: positionals[0] === undefined ? undefined : nonEmpty(positionals[0], '<id>')};
		}

		case 'verify': {
			return {name};
		}
	}
}

function searchOptions(pattern: string, values: ParsedValues, now: Date): SearchOptions {
	return {
		pattern,
		ignoreCase: values['ignore-case'] ?? false,
		agent: values.agent === undefined ? undefined : oneOf(values.agent, AGENT_NAMES, 'agent'),
		since: values.since === undefined ? undefined : time(values.since, '--since', now),
		until: values.until === undefined ? undefined : time(values.until, '--until', now),
	};
}

// A search by finding may leave out the regex; `summary --all` takes no id.
function checkPositionals(name: keyof typeof QUERY_OPTIONS, count: number, values: ParsedValues): void {
	const expected = POSITIONALS[name];
	if (name === 'summary' && count + (values.all ? 1 : 0) !== 1) {
		throw new UsageError(values.all ? 'summary takes <id> or --all, not both' : 'summary takes <id> or --all');
	}

	const optional = name === 'grep' && findingFilter(values) !== undefined;
	if (name !== 'summary' && count !== expected.length && !(optional && count === 0)) {
		throw new UsageError(`${name} takes ${expected.length === 0 ? 'no arguments' : expected.join(' ')}`);
	}
}

// `--finding` names, repeated or in comma lists, and `--severity`: the commands to keep, or undefined for any.
function findingFilter(values: ParsedValues): FindingFilter | undefined {
	if (values.finding === undefined && values.severity === undefined) {
		return undefined;
	}

	const names = (values.finding ?? []).flatMap(list => list.split(',')).map(name => name.trim()).filter(name => name !== '');
	return {
		names: names.map(name => oneOf(name, FINDING_NAMES, 'finding')),
		severity: values.severity === undefined ? undefined : oneOf(values.severity, SEVERITIES, 'severity'),
	};
}

function oneOf<Value extends string>(text: string, values: readonly Value[], what: string): Value {
	if (!(values as readonly string[]).includes(text)) {
		throw new UsageError(`unknown ${what} "${text}" (one of ${values.join(', ')})`);
	}

	return text as Value;
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
