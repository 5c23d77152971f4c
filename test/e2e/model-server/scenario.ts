// What the scripted model says, decided from the conversation alone so the server keeps no state.

export type Scenario = {
	/** Each turn is one model reply: one command runs alone, several are parallel tool calls. */
	turns: string[][];
	/** The reply once every turn's tool results are back. */
	finalText: string;
	/** Scripts the commands download from the same server: GET path → body. */
	downloads?: Record<string, string>;
};

export type ModelStep =
	| {kind: 'tools'; commands: string[]; firstCallNumber: number}
	| {kind: 'text'; text: string};

/**
 * The reply to a request carrying `toolResults` tool results: the next turn's commands, else the final text.
 * Side requests that offer no shell tool (titles, summaries) get a plain answer and don't advance the script.
 */
export function nextStep(scenario: Scenario, offersShellTool: boolean, toolResults: number): ModelStep {
	if (!offersShellTool) {
		return {kind: 'text', text: 'ok'};
	}

	return scriptedStep(scenario, toolResults);
}

function scriptedStep(scenario: Scenario, toolResults: number): ModelStep {
	let answered = 0;
	for (const commands of scenario.turns) {
		if (answered === toolResults) {
			return {kind: 'tools', commands, firstCallNumber: answered + 1};
		}

		answered += commands.length;
	}

	return {kind: 'text', text: scenario.finalText};
}
