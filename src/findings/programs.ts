// Families of programs that several findings share.

export const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'mksh', 'ash', 'fish', 'csh', 'tcsh', 'rbash']);

/** Programs that fetch a URL. */
export const DOWNLOADERS = new Set(['curl', 'wget', 'wget2', 'fetch', 'http', 'https', 'xh', 'xhs', 'aria2c']);

/** Programs that open a raw network connection and relay standard input and output over it. */
export const NETWORK_RELAYS = new Set(['nc', 'ncat', 'netcat', 'nc.traditional', 'nc.openbsd', 'telnet', 'socat', 'openssl']);

export type InterpreterFamily = 'python' | 'perl' | 'ruby' | 'node' | 'php' | 'lua';

/** Script interpreters other than shells, by their name without version suffix: `python3.12` is `python`. */
export function interpreterFamily(name: string): InterpreterFamily | undefined {
	const family = /^(python|perl|ruby|node|nodejs|php|lua)[\d.]*$/.exec(name)?.[1];
	return family === 'nodejs' ? 'node' : family as InterpreterFamily | undefined;
}
