import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {EventRecord} from '../../../src/event/event-record.ts';
import {analyzeCommand} from '../../../src/findings/analyze-command.ts';
import type {Finding} from '../../../src/findings/finding.ts';
import type {GenerateOptions} from '../../../scripts/log-generator/generate.ts';
import {generatedProject, type GeneratedProject} from './generated-logs.ts';

export type AssessedProject = GeneratedProject & {
	/** Each command's findings, in the order of `commands`. */
	findings: Finding[][];
};

/**
 * Generated logs whose pre records carry the findings the writer would give their commands (the loop guard aside,
 * which depends on the session's history): millions of lines in seconds, where the writer takes a millisecond a line.
 */
export function assessedProject(options: Omit<GenerateOptions, 'root' | 'onCommand'>): AssessedProject {
	const project = generatedProject(options);
	const eventsLog = join(project.root, '.coograph', 'events.jsonl');
	const findings: Finding[][] = [];
	const records = readFileSync(eventsLog, 'utf8').trim().split('\n').map(line => {
		const record = JSON.parse(line) as EventRecord;
		if (record.kind === 'pre' && record.command !== undefined) {
			record.findings = analyzeCommand(record.command);
			findings.push(record.findings);
		}

		return JSON.stringify(record);
	});
	writeFileSync(eventsLog, `${records.join('\n')}\n`);
	return {...project, findings};
}
