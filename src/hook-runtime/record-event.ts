import {loadConfig} from '../config/load-config.ts';
import type {AgentEvent} from '../event/agent-event.ts';
import {writeEvent} from '../writer/write-event.ts';

export type Verdict = {
	/** Set when the command must not run: the agent is told this one-line reason. */
	block?: string;
	/** One line for stderr, or undefined. */
	warning?: string;
};

/**
 * Logs one event under the project's current config and says whether its command may run. Never throws: a record
 * that cannot be written blocks only in strict mode (`failClosed`), and only a command that is about to run.
 */
export function recordEvent(projectRoot: string, event: AgentEvent, {canRefuse}: {canRefuse: boolean}): Verdict {
	const {config, warning: configWarning} = loadConfig(projectRoot);
	try {
		const outcome = writeEvent(projectRoot, event, {config, canRefuse});
		const refusal = outcome.refused.length > 0 ? `coograph: refused to write through a symbolic link: ${outcome.refused.join(', ')}` : undefined;
		return {block: outcome.blocked, warning: joinWarnings(configWarning, refusal)};
	} catch (error) {
		const reason = `event not logged: ${oneLine(error)}`;
		return config.failClosed && canRefuse && event.kind === 'pre'
			? {block: `coograph (failClosed): command refused, its ${reason}`, warning: configWarning}
			: {warning: joinWarnings(configWarning, `coograph: ${reason}`)};
	}
}

function joinWarnings(...warnings: Array<string | undefined>): string | undefined {
	const present = warnings.filter(warning => warning !== undefined);
	return present.length === 0 ? undefined : present.join(' | ');
}

function oneLine(error: unknown): string {
	return String(error instanceof Error ? error.message : error).replace(/\s+/g, ' ').slice(0, 300);
}
