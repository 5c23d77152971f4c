// How each agent is told, by a command hook, not to run a command.

export type HookResponse = {exitCode: number; stdout: string; stderr: string};

export type Refusal = (reason: string) => HookResponse;

/** Claude Code, Codex, Gemini CLI, Qwen Code: exit 2, the reason on stderr (shown to the model). */
export const refuseByExitCode: Refusal = reason => ({exitCode: 2, stdout: '', stderr: `${reason}\n`});

/** Copilot CLI treats any exit 1 or 2 as a refusal without its reason: its hook exits 0 and says `deny` on stdout. */
export const refuseByCopilotDecision: Refusal = reason => ({
	exitCode: 0,
	stdout: `${JSON.stringify({permissionDecision: 'deny', permissionDecisionReason: reason})}\n`,
	stderr: '',
});

/** Cursor's beforeShellExecution: `permission: deny` on stdout, with a message for the user and one for the agent. */
export const refuseByCursorPermission: Refusal = reason => ({
	exitCode: 0,
	stdout: `${JSON.stringify({permission: 'deny', userMessage: reason, agentMessage: reason})}\n`,
	stderr: '',
});
