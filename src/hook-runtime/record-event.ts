import {loadConfig, type LoadedConfig} from '../config/load-config.ts';
import type {AgentEvent} from '../event/agent-event.ts';
import {openEventLog} from '../writer/write-event.ts';

export type Verdict = {
	/** Set when the command must not run: the agent is told this one-line reason. */
	block?: string;
	/** One line for stderr, or undefined. */
	warning?: string;
};

export type EventRecorder = (event: AgentEvent, options: {canRefuse: boolean}) => Verdict;

/**
 * Logs one event under the project's current config and says whether its command may run. Never throws: a record
 * that cannot be written blocks only in strict mode (`failClosed`), and only a command that is about to run.
 */
export function recordEvent(projectRoot: string, event: AgentEvent, options: {canRefuse: boolean}): Verdict {
	return eventRecorder(projectRoot)(event, options);
}

/** With `groupCommit`, for a recorder that lives in the agent's process: see openEventLog. */
export function eventRecorder(projectRoot: string, {groupCommit = false} = {}): EventRecorder {
	const log = openEventLog(projectRoot, {groupCommit});
	let loaded: LoadedConfig | undefined;
	return (event, {canRefuse}) => {
		// The config read when a burst began holds for the rest of it: a change applies from the next burst on.
		loaded = log.holding && loaded !== undefined ? loaded : loadConfig(projectRoot);
		const {config, warning: configWarning} = loaded;
		try {
			const outcome = log.write(event, {config, canRefuse});
			const refusal = outcome.refused.length > 0 ? `coograph: refused to write through a symbolic link: ${outcome.refused.join(', ')}` : undefined;
			return {block: outcome.blocked, warning: joinWarnings(configWarning, refusal)};
		} catch (error) {
			const reason = `event not logged: ${oneLine(error)}`;
			return config.failClosed && canRefuse && event.kind === 'pre'
				? {block: `coograph (failClosed): command refused, its ${reason}`, warning: configWarning}
				: {warning: joinWarnings(configWarning, `coograph: ${reason}`)};
		}
	};
}

function joinWarnings(...warnings: Array<string | undefined>): string | undefined {
	const present = warnings.filter(warning => warning !== undefined);
	return present.length === 0 ? undefined : present.join(' | ');
}

function oneLine(error: unknown): string {
	return String(error instanceof Error ? error.message : error).replace(/\s+/g, ' ').slice(0, 300);
}
