/**
 * The path a command would open from `cwd` (unknown when undefined), with `.`, `..`, repeated and trailing slashes
 * folded away, so that `/etc//passwd`, `/tmp/../etc/passwd/` and `cd /etc && … passwd` all read `/etc/passwd`.
 */
export function resolvePath(path: string, cwd: string | undefined): string {
	const anchored = cwd === undefined || /^[/~$]/.test(path) ? path : `${cwd}/${path}`;
	const segments: string[] = [];
	for (const segment of anchored.split('/')) {
		if (segment === '..' && segments.length > 0 && segments.at(-1) !== '..') {
			segments.pop();
		} else if (segment !== '' && segment !== '.' && !(segment === '..' && anchored.startsWith('/'))) {
			segments.push(segment);
		}
	}

	const root = anchored.startsWith('/') ? '/' : '';
	return root + segments.join('/') || root || '.';
}

/** The last segment of a path. */
export function baseName(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1);
}
