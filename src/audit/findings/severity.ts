import type {Finding, Severity} from '../../findings/finding.ts';

/** Most severe first. */
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

/** What one finding adds to a risk score: a level outweighs any likely number of the one below. */
export const RISK_WEIGHTS: Readonly<Record<Severity, number>> = {critical: 100, high: 50, medium: 10, low: 1};

export type SeverityCounts = Record<Severity, number>;

export function noSeverities(): SeverityCounts {
	return {critical: 0, high: 0, medium: 0, low: 0};
}

/** `severity` and those above it. */
export function severitiesFrom(severity: Severity): Severity[] {
	return SEVERITIES.slice(0, SEVERITIES.indexOf(severity) + 1);
}

/** The most severe of the findings, if any. */
export function highestSeverity(findings: readonly Finding[]): Severity | undefined {
	return SEVERITIES.find(severity => findings.some(finding => finding.severity === severity));
}

export function riskScore(counts: SeverityCounts): number {
	return SEVERITIES.reduce((score, severity) => score + (counts[severity] * RISK_WEIGHTS[severity]), 0);
}
