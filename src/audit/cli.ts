import {resolve} from 'node:path';
import {parseAuditArgs, type AuditQuery} from './args/parse-audit-args.ts';
import {UsageError} from './args/usage-error.ts';
import {runVerify} from '../integrity/verify/run-verify.ts';
import {findProjectRoot, hasLogs, logFiles} from './logs/log-files.ts';
import {Output} from './output/output.ts';
import {palette, wantsColour} from './output/palette.ts';
import {grepQuery} from './queries/grep.ts';
import type {QueryContext} from './queries/query-context.ts';
import {sessionQuery} from './queries/session.ts';
import {sessionsQuery} from './queries/sessions.ts';
import {summaryQuery} from './queries/summary.ts';
import {windowQuery} from './queries/window.ts';
import {xrefQuery} from './queries/xref.ts';
import {Damage} from './read/damage.ts';
import {capYoungGeneration} from './read/young-generation.ts';
import {USAGE} from './usage.ts';

/** `coograph audit <query>`: prints the answer and returns 0 when there is one, 1 when nothing matched, 2 on bad usage. */
export async function runAudit(argv: string[]): Promise<number> {
	capYoungGeneration();
	const warn = (message: string) => process.stderr.write(`${message}\n`);
	const now = new Date();
	try {
		const request = parseAuditArgs(argv, now);
		if (request.help) {
			process.stdout.write(`${USAGE}\n`);
			return 0;
		}

		const root = request.dir === undefined ? findProjectRoot(process.cwd()) : resolve(request.dir);
		if (root === undefined || !hasLogs(root)) {
			throw new UsageError(root === undefined ? 'no .coograph/ folder here or above: say where with --dir' : `no .coograph/ folder in ${root}`, false);
		}

		const colour = !request.json && wantsColour(process.stdout);
		// Its answer is a verdict, not matches: 0 intact, 1 tampered.
		if (request.query.name === 'verify') {
			return await runVerify(root, {json: request.json, colour, write: text => process.stdout.write(text)});
		}

		const context: QueryContext = {
			logs: logFiles(root),
			damage: new Damage(),
			output: new Output(process.stdout),
			style: {zone: request.local ? 'local' : 'utc', colour, palette: palette(colour)},
			json: request.json,
			now,
			warn,
		};
		const found = await runQuery(request.query, context).finally(() => context.output.flush());
		const warning = context.damage.warning();
		if (warning !== undefined) {
			warn(warning);
		}

		return found > 0 ? 0 : 1;
	} catch (error) {
		if (!(error instanceof UsageError)) {
			throw error;
		}

		warn(`coograph audit: ${error.message}${error.showUsage ? `\n\n${USAGE}` : ''}`);
		return 2;
	}
}

async function runQuery(query: Exclude<AuditQuery, {name: 'verify'}>, context: QueryContext): Promise<number> {
	switch (query.name) {
		case 'session': {
			return sessionQuery(query.id, context);
		}

		case 'window': {
			return windowQuery(query.from, query.to, context);
		}

		case 'grep': {
			return grepQuery({...query.search, count: query.count}, context);
		}

		case 'xref': {
			return xrefQuery(query.search, context);
		}

		case 'sessions': {
			return sessionsQuery(query.sort, context);
		}

		case 'summary': {
			return summaryQuery(query.id, context);
		}
	}
}
