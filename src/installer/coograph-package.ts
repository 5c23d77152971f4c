import {existsSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

export type CoographPackage = {root: string; version: string};

/**
 * The installed coograph package holding this code. Found by walking up from this file, which works both for the
 * esbuild bundle (`dist/cli.js`) and for the sources (`src/installer/…`), so the bundles are always `<root>/dist/…`.
 */
export function coographPackage(start = dirname(fileURLToPath(import.meta.url))): CoographPackage {
	for (let folder = start; ; folder = dirname(folder)) {
		const manifestPath = join(folder, 'package.json');
		if (existsSync(manifestPath)) {
			const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {name?: string; version?: string};
			if (manifest.name === 'coograph') {
				return {root: folder, version: manifest.version ?? 'unknown'};
			}
		}

		if (dirname(folder) === folder) {
			throw new Error(`cannot find coograph's package.json above ${start}`);
		}
	}
}

/** A built file of this version, such as `hooks/coograph-claude-code.cjs`. */
export function builtFile(coograph: CoographPackage, distPath: string): string {
	return join(coograph.root, 'dist', distPath);
}
