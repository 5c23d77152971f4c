import {fileURLToPath} from 'node:url';
import {openCodeAfterEvent, openCodeBeforeEvent, openCodeSessionEvent} from '../src/agents/opencode.ts';
import {asObject, stringField} from '../src/agents/payload-fields.ts';
import type {AgentEvent} from '../src/event/agent-event.ts';
import {eventRecorder} from '../src/hook-runtime/record-event.ts';
import {projectRoot} from '../src/project/project-root.ts';

type PluginContext = {directory?: unknown};

/**
 * OpenCode loads this in-process. Throwing in tool.execute.before would block the tool and touching `output` would
 * rewrite it, so every hook catches its own errors and only reads.
 */
export const CoographPlugin = async (context: PluginContext) => {
	// ctx.directory is where OpenCode was started, possibly a subfolder: the log goes to the project the plugin is
	// installed in, or (installed for the user) to the git top level of that folder.
	const startedIn = typeof context?.directory === 'string' ? context.directory : process.cwd();
	const projectDirectory = projectRoot({projectHookFile: fileURLToPath(import.meta.url), cwd: startedIn});
	const startTimes = new Map<string, number>();
	// In OpenCode's own process: events that come together share one hold of the chain lock.
	const recordEvent = eventRecorder(projectDirectory, {groupCommit: true});

	/** The reason to refuse the command, when the project's policy (or strict mode) says so. */
	const log = (toEvent: () => AgentEvent | undefined): string | undefined => {
		try {
			const event = toEvent();
			const verdict = event === undefined ? {} : recordEvent(event, {canRefuse: true});
			if (verdict.warning !== undefined) {
				console.error(verdict.warning);
			}

			return verdict.block;
		} catch (error) {
			console.error(`coograph: event not logged: ${error instanceof Error ? error.message : String(error)}`);
			return undefined;
		}
	};

	return {
		'tool.execute.before': async (input: unknown, output: unknown) => {
			const block = log(() => {
				const event = openCodeBeforeEvent(input, output, projectDirectory);
				if (event?.toolUseId !== undefined) {
					startTimes.set(event.toolUseId, Date.now());
				}

				return event;
			});
			// Throwing is how a plugin refuses a tool call in OpenCode; it is the only error we ever throw.
			if (block !== undefined) {
				throw new Error(block);
			}
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
