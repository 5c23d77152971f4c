import {vi} from 'vitest';
import {runAudit} from '../../../src/audit/cli.ts';

export type AuditResult = {code: number; stdout: string; stderr: string};

/** `coograph audit …` in this process, its output captured. */
export async function audit(...argv: string[]): Promise<AuditResult> {
	let stdout = '';
	let stderr = '';
	const capture = (append: (text: string) => void) => (chunk: string | Uint8Array) => {
		append(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString());
		return true;
	};

	const stdoutSpy = vi.spyOn(process.stdout, 'write').mockImplementation(capture(text => {
		stdout += text;
	}));
	const stderrSpy = vi.spyOn(process.stderr, 'write').mockImplementation(capture(text => {
		stderr += text;
	}));
	try {
		const code = await runAudit(argv);
		return {code, stdout, stderr};
	} finally {
		stdoutSpy.mockRestore();
		stderrSpy.mockRestore();
	}
}

/** The JSON lines of a result. */
export function jsonLines<T = Record<string, unknown>>(result: AuditResult): T[] {
	return result.stdout.split('\n').filter(line => line !== '').map(line => JSON.parse(line) as T);
}
