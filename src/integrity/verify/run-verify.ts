import type {VerifyFinding} from './finding.ts';
import {verifyLogs} from './verify-logs.ts';

export type VerifyOutput = {json: boolean; colour: boolean; write: (text: string) => void};

const MARKS = {tampered: '✗', notice: '!'} as const;

/** `coograph audit verify`: prints what it found, and returns 0 when nothing was tampered with, else 1. */
export async function runVerify(projectRoot: string, output: VerifyOutput): Promise<number> {
	const {findings, records, textLogs} = await verifyLogs(projectRoot);
	const tampered = findings.some(finding => finding.severity === 'tampered');
	if (output.json) {
		output.write(`${JSON.stringify({intact: !tampered, records, text_logs: textLogs, findings})}\n`);
		return tampered ? 1 : 0;
	}

	for (const finding of findings) {
		output.write(`${paint(output, finding)} ${finding.file}${finding.line > 0 ? `:${finding.line}` : ''}: ${finding.message}\n`);
	}

	if (!tampered) {
		output.write(`${paint(output)} .coograph/events.jsonl: ${records.toLocaleString('en-US')} records, chain intact\n`);
		output.write(`${paint(output)} .coograph/session.log and ${Math.max(0, textLogs - 1)} session files match their records\n`);
	}

	return tampered ? 1 : 0;
}

function paint({colour}: VerifyOutput, finding?: VerifyFinding): string {
	const mark = finding === undefined ? '✓' : MARKS[finding.severity];
	if (!colour) {
		return mark;
	}

	const code = finding === undefined ? 32 : finding.severity === 'tampered' ? 31 : 33;
	return `\u001B[${code}m${mark}\u001B[0m`;
}
