import {execFileSync} from 'node:child_process';

/** What a person would type instead, run by the shell; grep's "no match" (exit 1) is an empty answer, not an error. */
export function shell(script: string, environment: Record<string, string> = {}): string {
	try {
		return execFileSync('sh', ['-c', script], {encoding: 'utf8', env: {...process.env, ...environment}, maxBuffer: 1 << 28});
	} catch (error) {
		const {status, stdout} = error as {status: number; stdout: string};
		if (status === 1) {
			return stdout;
		}

		throw error;
	}
}

/** Quoted for sh. */
export function quote(text: string): string {
	return `'${text.replaceAll('\'', String.raw`'\''`)}'`;
}
