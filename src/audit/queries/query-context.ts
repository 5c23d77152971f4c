import type {LogFiles} from '../logs/log-files.ts';
import type {LineStyle} from '../output/command-line-output.ts';
import type {Output} from '../output/output.ts';
import type {Damage} from '../read/damage.ts';

/** What every query works with. A query returns how many results it printed: none makes the exit code 1. */
export type QueryContext = {
	logs: LogFiles;
	damage: Damage;
	output: Output;
	style: LineStyle;
	json: boolean;
	now: Date;
	/** A line for stderr. */
	warn: (message: string) => void;
};
