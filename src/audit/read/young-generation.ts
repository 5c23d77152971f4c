import {setFlagsFromString} from 'node:v8';

/**
 * V8 doubles its young generation's semi-spaces, up to 16 MB each, whenever enough has survived its collections since
 * it last grew: a scan of millions of lines always ends at the maximum, some 25 MB more of resident memory (`sessions`
 * on 10 million lines: 104 MB, against 80 MB). The maximum can only be set as Node starts; the growth can be stopped at
 * any time. The smaller, more frequent collections cost a scan some CPU (up to about 15% on one that parses every line).
 * V8's flags are the whole process's, and Node sets them again as a worker thread starts: a worker calls this too.
 */
export function capYoungGeneration(): void {
	setFlagsFromString('--semi-space-growth-factor=1');
}
