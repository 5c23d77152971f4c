import {openCodeAfterEvent, openCodeBeforeEvent, openCodeSessionEvent} from '../src/agents/opencode.ts';
import {asObject, stringField} from '../src/agents/payload-fields.ts';
import type {AgentEvent} from '../src/event/agent-event.ts';
import {writeEvent} from '../src/writer/write-event.ts';

type PluginContext = {directory?: unknown};

/**
 * OpenCode loads this in-process. Throwing in tool.execute.before would block the tool and touching `output` would
 * rewrite it, so every hook catches its own errors and only reads.
 */
export const CoographPlugin = async (context: PluginContext) => {
	const projectDirectory = typeof context?.directory === 'string' ? context.directory : process.cwd();
	const startTimes = new Map<string, number>();

	const log = (toEvent: () => AgentEvent | undefined) => {
		try {
			const event = toEvent();
			if (event !== undefined) {
				writeEvent(projectDirectory, event);
			}
		} catch (error) {
			console.error(`coograph: event not logged: ${error instanceof Error ? error.message : String(error)}`);
		}
	};

	return {
		'tool.execute.before': async (input: unknown, output: unknown) => {
			log(() => {
				const event = openCodeBeforeEvent(input, output, projectDirectory);
				if (event?.toolUseId !== undefined) {
					startTimes.set(event.toolUseId, Date.now());
				}

				return event;
			});
		},
		'tool.execute.after': async (input: unknown, output: unknown) => {
			log(() => {
				const callId = stringField(asObject(input), 'callID') ?? '';
				const startedAt = startTimes.get(callId);
				startTimes.delete(callId);
				const durationMs = startedAt === undefined ? null : Date.now() - startedAt;
				return openCodeAfterEvent(input, output, projectDirectory, durationMs);
			});
		},
		event: async (payload: unknown) => {
			log(() => openCodeSessionEvent(payload, projectDirectory));
		},
	};
};
