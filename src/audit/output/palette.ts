import type {Writable} from 'node:stream';
import type {Severity} from '../../findings/finding.ts';

export type Paint = (text: string) => string;

export type Palette = {
	time: Paint;
	/** Each agent in its own colour. */
	agent: (agent: string) => Paint;
	shortId: Paint;
	match: Paint;
	heading: Paint;
	failure: Paint;
	severity: (severity: Severity) => Paint;
};

const AGENT_COLOURS: Record<string, number> = {'claude-code': 35, 'codex-cli': 36, opencode: 32};
const OTHER_AGENT_COLOUR = 34;
const SEVERITY_COLOURS: Record<Severity, string> = {critical: '1;31', high: '31', medium: '33', low: '2'};

const ansi = (open: number, close: number): Paint => text => `\u001B[${open}m${text}\u001B[${close}m`;
const plain: Paint = text => text;

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org) or the terminal is dumb. */
export function wantsColour(stream: NodeJS.WritableStream, environment = process.env): boolean {
	return (stream as Partial<Writable> & {isTTY?: boolean}).isTTY === true && !environment.NO_COLOR && environment.TERM !== 'dumb';
}

export function palette(colour: boolean): Palette {
	if (!colour) {
		return {time: plain, agent: () => plain, shortId: plain, match: plain, heading: plain, failure: plain, severity: () => plain};
	}

	return {
		time: ansi(2, 22),
		agent: agent => ansi(AGENT_COLOURS[agent] ?? OTHER_AGENT_COLOUR, 39),
		shortId: ansi(33, 39),
		match: text => `\u001B[1;31m${text}\u001B[22;39m`,
		heading: ansi(1, 22),
		failure: ansi(31, 39),
		severity: severity => text => `\u001B[${SEVERITY_COLOURS[severity]}m${text}\u001B[0m`,
	};
}
