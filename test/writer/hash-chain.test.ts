import {appendFileSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {anchorFile, parseAnchor} from '../../src/integrity/anchor-file.ts';
import {checkSeal} from '../../src/integrity/record-seal.ts';
import {sessionFileName} from '../../src/writer/session-file-name.ts';
import {shortId} from '../../src/writer/short-id.ts';
import {writeEvent} from '../../src/writer/write-event.ts';
import {readEvents, readLog, tempProject} from '../helpers/temp-project.ts';

const fileOf = (sessionId: string) => sessionFileName(sessionId, shortId(sessionId));
const pre = (sessionId: string, command: string) => ({kind: 'pre' as const, agent: 'claude-code' as const, sessionId, command});

describe('the hash chain', () => {
	it('links each record to the one before it and to its session\'s previous record', () => {
		const root = tempProject();
		writeEvent(root, pre('a', 'one'));
		writeEvent(root, pre('b', 'two'));
		writeEvent(root, pre('a', 'three'));
		writeEvent(root, {kind: 'post', agent: 'claude-code', sessionId: 'b', command: 'two', exitCode: 0});

		const [one, two, three, four] = readEvents(root);
		expect([one!.prev, two!.prev, three!.prev, four!.prev]).toEqual([null, one!.hash, two!.hash, three!.hash]);
		expect([one!.session_prev, two!.session_prev, three!.session_prev, four!.session_prev]).toEqual([null, null, one!.hash, two!.hash]);
	});

	it('seals each line with the SHA-256 of its own text', () => {
		const root = tempProject();
		writeEvent(root, pre('a', 'echo "quoted" \\ and \u2028'));
		const line = readLog(root, 'events.jsonl').trimEnd();
		expect(checkSeal(line)).toEqual({hash: readEvents(root)[0]!.hash, intact: true});
		expect(checkSeal(line.replace('quoted', 'QUOTED'))?.intact).toBe(false);
	});

	it('keeps the head outside the project, in the state directory', () => {
		const root = tempProject();
		writeEvent(root, pre('a', 'one'));
		writeEvent(root, pre('a', 'two'));
		const anchor = parseAnchor(readFileSync(anchorFile(root), 'utf8'));
		expect(anchor).toEqual({project: root, head: readEvents(root)[1]!.hash, bytes: readLog(root, 'events.jsonl').length});
	});

	it('continues past a torn tail left by a killed writer, on a line of its own', () => {
		const root = tempProject();
		writeEvent(root, pre('a', 'one'));
		appendFileSync(join(root, '.coograph', 'events.jsonl'), '{"v":1,"kind":"pre","comm');
		writeEvent(root, pre('a', 'two'));

		const lines = readLog(root, 'events.jsonl').split('\n');
		expect(lines).toHaveLength(4);
		expect(lines[1]).toBe('{"v":1,"kind":"pre","comm');
		const two = JSON.parse(lines[2]!) as Record<string, unknown>;
		const one = JSON.parse(lines[0]!) as Record<string, unknown>;
		expect(two.prev).toBe(one.hash);
		expect(two.session_prev).toBe(one.hash);
	});

	it('finds the session\'s previous record when its head file names one that never landed', () => {
		const root = tempProject();
		writeEvent(root, pre('a', 'one'));
		writeEvent(root, pre('b', 'two'));
		writeFileSync(join(root, '.coograph', 'heads', fileOf('a')), `${'f'.repeat(64)} 999999\n`);
		writeEvent(root, pre('a', 'three'));
		const [one, , three] = readEvents(root);
		expect(three!.session_prev).toBe(one!.hash);
	});
});

describe('symbolic links planted in the log folder', () => {
	it('gets nothing written through a session file replaced by a link; the refusal is recorded', () => {
		const root = tempProject();
		const target = join(tempProject(), 'bashrc');
		writeFileSync(target, 'original\n');
		writeEvent(root, pre('a', 'one'));
		const sessionFile = join(root, '.coograph', 'sessions', fileOf('a'));
		rmSync(sessionFile);
		symlinkSync(target, sessionFile);

		const outcome = writeEvent(root, pre('a', 'two'));

		expect(readFileSync(target, 'utf8')).toBe('original\n');
		expect(outcome.refused).toEqual([`.coograph/sessions/${fileOf('a')}`]);
		expect(readEvents(root)[1]!.refused).toEqual(outcome.refused);
		expect(readLog(root, 'session.log')).toMatch(/ two\n$/);
	});

	it('refuses a log folder replaced by a link', () => {
		const root = tempProject();
		symlinkSync(tempProject(), join(root, '.coograph'));
		expect(() => writeEvent(root, pre('a', 'one'))).toThrow(/symbolic link/);
	});
});
