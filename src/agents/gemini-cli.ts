import type {EventKind} from '../event/agent-event.ts';
import {claudeFormatEvent, type ClaudeFormatDialect} from './claude-format.ts';
import {asObject, stringField, type Payload} from './payload-fields.ts';

// AfterTool's llmContent for a command that ran to its end: "Output: …", then only the lines that apply, in this
// order ("Exit Code" only when it is not 0). Cancelled and backgrounded commands get a sentence instead. Gemini CLI
// may wrap the text in <untrusted_context> tags.
const COMPLETED = /^(?:<untrusted_context>\n)?Output: /;
const TRAILER = /\n(?:Error: [^\n]*\n)?(?:Exit Code: (\d+)\n)?(?:Signal: [^\n]*\n)?(?:Background PIDs: [^\n]*\n)?(?:Process Group PGID: [^\n]*\n)?(?:<\/untrusted_context>\n)?$/;

const GEMINI_CLI: ClaudeFormatDialect = {
	agent: 'gemini-cli',
	events: new Map<string, EventKind>([
		['SessionStart', 'session_start'],
		['SessionEnd', 'session_end'],
		['BeforeTool', 'pre'],
		['AfterTool', 'post'],
	]),
	shellTools: new Set(['run_shell_command']),
	exitCode: fields => shellExitCode(fields),
};

export const geminiCliEvent = (payload: unknown) => claudeFormatEvent(payload, GEMINI_CLI);

/** N from an "Exit Code: N" line, 0 without one, null when the command did not end on its own or was killed. */
function shellExitCode(fields: Payload): number | null {
	const text = stringField(asObject(fields.tool_response), 'llmContent');
	if (text === undefined || !COMPLETED.test(text)) {
		return null;
	}

	const trailer = TRAILER.exec(`${text}\n`);
	if (trailer?.[1] !== undefined) {
		return Number(trailer[1]);
	}

	return trailer?.[0].includes('\nSignal: ') || trailer?.[0].includes('\nError: ') ? null : 0;
}
