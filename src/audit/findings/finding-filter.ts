import type {Finding, FindingName, Severity} from '../../findings/finding.ts';
import {severitiesFrom} from './severity.ts';

/** `--finding` and `--severity`: a command is wanted when it has one of the named findings, and one at that severity or above. */
export type FindingFilter = {
	/** Empty: any finding. */
	names: FindingName[];
	severity?: Severity;
};

export function hasWantedFindings(filter: FindingFilter, findings: readonly Finding[]): boolean {
	const severities = filter.severity === undefined ? undefined : severitiesFrom(filter.severity);
	return findings.length > 0
		&& (filter.names.length === 0 || findings.some(({name}) => filter.names.includes(name)))
		&& (severities === undefined || findings.some(({severity}) => severities.includes(severity)));
}
