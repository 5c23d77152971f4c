// OpenAI Responses (Codex CLI): POST /v1/responses, streamed.

import type {ServerResponse} from 'node:http';
import type {Protocol} from '../protocol.ts';
import {nextStep, type Scenario} from '../scenario.ts';
import {sendSse} from '../sse.ts';

type ResponsesRequest = {
	model?: string;
	tools?: Array<{type: string; name?: string}>;
	input?: Array<{type?: string}>;
};

type OutputItem =
	| {type: 'message'; id: string; role: 'assistant'; content: Array<{type: 'output_text'; text: string}>}
	| {type: 'function_call'; id: string; call_id: string; name: string; arguments: string};

// Codex's unified exec tool; its argument is `cmd`, one shell string.
const SHELL_TOOL = 'exec_command';

export const openaiResponses: Protocol = {
	name: 'openai-responses',
	routes: [{path: '/v1/responses', answer: answerResponses}],
};

function answerResponses(body: unknown, scenario: Scenario, response: ServerResponse): void {
	const request = body as ResponsesRequest;
	const offersShell = request.tools?.some(tool => tool.name === SHELL_TOOL) ?? false;
	const items = outputItems(nextStep(scenario, offersShell, countToolResults(request)));
	const envelope = {id: 'resp_scripted', object: 'response', model: request.model ?? 'scripted'};
	sendSse(response, [
		{event: 'response.created', data: {type: 'response.created', response: {...envelope, status: 'in_progress', output: []}}},
		...items.flatMap((item, output_index) => [
			{event: 'response.output_item.added', data: {type: 'response.output_item.added', output_index, item}},
			{event: 'response.output_item.done', data: {type: 'response.output_item.done', output_index, item}},
		]),
		{
			event: 'response.completed',
			data: {
				type: 'response.completed',
				response: {...envelope, status: 'completed', output: items, usage: {input_tokens: 1, output_tokens: 1, total_tokens: 2}},
			},
		},
	]);
}

function outputItems(step: ReturnType<typeof nextStep>): OutputItem[] {
	if (step.kind === 'text') {
		return [{type: 'message', id: 'msg_scripted', role: 'assistant', content: [{type: 'output_text', text: step.text}]}];
	}

	return step.commands.map((command, index) => ({
		type: 'function_call',
		id: `fc_scripted_${step.firstCallNumber + index}`,
		call_id: `call_scripted_${step.firstCallNumber + index}`,
		name: SHELL_TOOL,
		arguments: JSON.stringify({cmd: command}),
	}));
}

function countToolResults(request: ResponsesRequest): number {
	return (request.input ?? []).filter(item => item.type === 'function_call_output').length;
}
