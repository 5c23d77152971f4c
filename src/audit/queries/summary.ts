import type {Severity} from '../../findings/finding.ts';
import {readEvents} from '../events/read-events.ts';
import {sessionRecords} from '../events/session-records.ts';
import {RiskSummary, type SeriousCommand} from '../findings/risk-summary.ts';
import {riskScore, SEVERITIES, type SeverityCounts} from '../findings/severity.ts';
import {commandColumn, exitCodeColumn} from '../output/command-columns.ts';
import {tableLines} from '../output/table.ts';
import {formatIsoTime, formatTime, formattedTimeWidth} from '../time/format-time.ts';
import {findOneSession, type SessionCandidate} from './find-session.ts';
import type {QueryContext} from './query-context.ts';

/**
 * A session's risk, or that of every session (`id` undefined), from events.jsonl, the one log that records
 * findings, exit codes and refusals: its commands, how many failed or were blocked, the share of commands with a
 * finding of each severity, the findings met, and every high and critical command.
 */
export async function summaryQuery(id: string | undefined, context: QueryContext): Promise<number> {
	const {logs: {eventsLog}, damage} = context;
	const session = id === undefined ? undefined : await findOneSession(id, context);
	if (id !== undefined && session === undefined) {
		return 0;
	}

	const summary = new RiskSummary();
	const records = eventsLog === undefined ? [] : (session === undefined ? readEvents(eventsLog, damage) : sessionRecords(eventsLog, damage, session.shortId));
	for await (const batch of records) {
		for (const record of batch) {
			summary.add(record);
		}
	}

	if (summary.commands === 0) {
		context.warn(`coograph audit: ${eventsLog === undefined ? 'no events.jsonl' : 'no commands in events.jsonl'}${session === undefined ? '' : ` for session ${session.shortId}`}: nothing to sum up`);
		return 0;
	}

	await context.output.lines(context.json ? [summaryJson(summary, session, context)] : summaryText(summary, session, context));
	return 1;
}

type SeverityShare = {severity: Severity; commands: number; percent: number; findings: number | undefined};

// Per severity: the commands with at least one finding of it, as a share of all commands (a command with a high
// and a low finding counts in both), and the findings of it.
function severityShares(summary: RiskSummary): SeverityShare[] {
	const {findings} = summary;
	return SEVERITIES.map(severity => ({
		severity,
		commands: summary.commandsWith[severity],
		percent: Math.round(summary.commandsWith[severity] * 1000 / summary.commands) / 10,
		findings: findings?.[severity],
	}));
}

function sessionFields(summary: RiskSummary, session: SessionCandidate | undefined) {
	const [events] = summary.sessions.values();
	return session === undefined
		? {sessions: summary.sessions.size}
		: {short_id: session.shortId, session_id: session.sessionId ?? events?.sessionId ?? null, agent: events?.agent ?? null};
}

function summaryJson(summary: RiskSummary, session: SessionCandidate | undefined, {style: {zone}}: QueryContext): string {
	const {findings} = summary;
	return JSON.stringify({
		...sessionFields(summary, session),
		first: formatIsoTime(summary.firstCommand, zone),
		last: formatIsoTime(summary.lastCommand, zone),
		commands: summary.commands,
		failed: summary.failed ?? null,
		blocked: summary.blocked,
		risk: findings === undefined ? null : riskScore(findings),
		severities: findings === undefined ? null : Object.fromEntries(severityShares(summary).map(({severity, ...share}) => [severity, share])),
		findings: summary.findingCounts,
		high_and_critical: summary.serious.map(serious => ({
			time: formatIsoTime(serious.time, zone),
			agent: serious.agent,
			short_id: serious.shortId,
			session_id: serious.sessionId,
			command: serious.command,
			blocked: serious.blocked,
			exit_code: serious.exitCode ?? null,
			findings: serious.findings,
		})),
	});
}

function* summaryText(summary: RiskSummary, session: SessionCandidate | undefined, context: QueryContext): Generator<string> {
	const {style: {zone, palette}} = context;
	const {findings} = summary;
	const fields = sessionFields(summary, session);
	const agents = [...new Set(Array.from(summary.sessions.values(), events => events.agent))];
	const failed = summary.failed === undefined ? 'exit codes not recorded' : `${summary.failed} failed`;
	const header: Array<[string, string]> = [
		'sessions' in fields
			? ['sessions', `${fields.sessions} (${agents.join(', ')})`]
			: ['session', `${palette.shortId(fields.short_id)}  ${fields.session_id ?? ''}`.trimEnd()],
		...'agent' in fields ? [['agent', fields.agent ?? '-'] as [string, string]] : [],
		['first', formatTime(summary.firstCommand, zone)],
		['last', formatTime(summary.lastCommand, zone)],
		['commands', `${summary.commands} (${failed}, ${summary.blocked} blocked)`],
		['risk', findings === undefined ? 'findings not recorded' : `${riskScore(findings)} (${findingsBreakdown(findings)})`],
	];
	for (const [name, value] of header) {
		yield `${palette.heading(name.padEnd(9))}${value}`;
	}

	if (findings === undefined) {
		return;
	}

	yield '';
	yield* tableLines<SeverityShare>([
		{title: 'SEVERITY', cell: share => share.severity, paint: share => share.commands > 0 ? palette.severity(share.severity) : text => text},
		{title: 'COMMANDS', cell: share => String(share.commands), alignRight: true},
		{title: 'SHARE', cell: share => `${share.percent.toFixed(1)}%`, alignRight: true},
		{title: 'FINDINGS', cell: share => String(share.findings ?? 0), alignRight: true},
	], severityShares(summary), palette.heading);

	const counts = summary.findingCounts;
	if (counts.length > 0) {
		yield '';
		yield* tableLines<typeof counts[number]>([
			{title: 'FINDING', cell: count => count.name, paint: count => palette.severity(count.severity)},
			{title: 'SEVERITY', cell: count => count.severity},
			{title: 'COUNT', cell: count => String(count.count), alignRight: true},
		], counts, palette.heading);
	}

	if (summary.serious.length > 0) {
		yield '';
		yield* tableLines<SeriousCommand>([
			{title: 'TIME', cell: serious => formatTime(serious.time, zone), width: formattedTimeWidth(zone), paint: () => palette.time},
			...session === undefined ? [{title: 'SHORT ID', cell: (serious: SeriousCommand) => serious.shortId, paint: () => palette.shortId}] : [],
			exitCodeColumn(palette),
			{...commandColumn(palette), title: 'HIGH AND CRITICAL COMMANDS'},
		], summary.serious, palette.heading);
	}
}

// `1 critical, 5 high, 1 medium, 3 low`: the findings the score adds up.
function findingsBreakdown(findings: SeverityCounts): string {
	return SEVERITIES.map(severity => `${findings[severity]} ${severity}`).join(', ');
}
