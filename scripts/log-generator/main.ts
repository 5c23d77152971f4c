import {parseArgs} from 'node:util';
import {DEFAULT_SEED, generateLogs} from './generate.ts';
import type {LogFormat} from './write-logs.ts';

const USAGE = `Usage: node scripts/generate-logs.mjs --out <project folder> [options]

  --commands <n>      commands (text lines) to write (default 10000)
  --days <n>          days the sessions are spread over (default 120)
  --seed <n>          the same seed writes the same logs (default ${DEFAULT_SEED})
  --format python     write the Python hooks' format (local time, <session id>.log) instead of this writer's
  --session-log <p>   where the log of every session goes, relative to --out (default .coograph/session.log)
  --no-events         no events.jsonl
  --no-session-files  no per-session files`;

const {values} = parseArgs({
	options: {
		out: {type: 'string'},
		commands: {type: 'string', default: '10000'},
		days: {type: 'string', default: '120'},
		seed: {type: 'string', default: String(DEFAULT_SEED)},
		format: {type: 'string', default: 'writer'},
		'session-log': {type: 'string', default: '.coograph/session.log'},
		'no-events': {type: 'boolean', default: false},
		'no-session-files': {type: 'boolean', default: false},
	},
});

if (values.out === undefined || !['writer', 'python'].includes(values.format)) {
	console.error(USAGE);
	process.exit(2);
}

generateLogs({
	root: values.out,
	commands: Number(values.commands),
	days: Number(values.days),
	seed: Number(values.seed),
	format: values.format as LogFormat,
	sessionLog: values['session-log'],
	events: values.format === 'writer' && !values['no-events'],
	sessionFiles: !values['no-session-files'],
});
