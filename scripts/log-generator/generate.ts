import {Random} from './random.ts';
import {simulateEvents, type SimulationOptions} from './sessions.ts';
import {writeLogs, type WriteOptions} from './write-logs.ts';

export type GenerateOptions = Partial<SimulationOptions> & Omit<WriteOptions, 'format' | 'sessionLog' | 'sessionFiles' | 'events'> & Partial<WriteOptions> & {seed?: number};

export const DEFAULT_SEED = 20_260_517;

/** Realistic logs in `root`: the three agents' sessions interleaved over months, as the hooks would have written them. */
export function generateLogs(options: GenerateOptions): void {
	const days = options.days ?? 120;
	const simulation: SimulationOptions = {
		commands: options.commands ?? 10_000,
		days,
		start: options.start ?? new Date(Date.UTC(2026, 0, 5)),
		meanSessionCommands: options.meanSessionCommands ?? 150,
		outOfOrderRate: options.outOfOrderRate ?? 0.001,
	};
	const format = options.format ?? 'writer';
	writeLogs(simulateEvents(new Random(options.seed ?? DEFAULT_SEED), simulation), {
		root: options.root,
		format,
		sessionLog: options.sessionLog ?? '.coograph/session.log',
		sessionFiles: options.sessionFiles ?? true,
		events: options.events ?? format === 'writer',
		onCommand: options.onCommand,
	});
}
