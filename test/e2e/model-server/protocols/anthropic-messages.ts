// Anthropic Messages (Claude Code): POST /v1/messages, streamed or not, and its token counter.

import type {ServerResponse} from 'node:http';
import type {Protocol} from '../protocol.ts';
import {nextStep, type Scenario} from '../scenario.ts';
import {sendJson, sendSse, type SseEvent} from '../sse.ts';

type MessagesRequest = {
	model?: string;
	stream?: boolean;
	tools?: Array<{name: string}>;
	messages?: Array<{content: string | Array<{type: string}>}>;
};

type ContentBlock =
	| {type: 'text'; text: string}
	| {type: 'tool_use'; id: string; name: string; input: {command: string; description: string}};

const SHELL_TOOL = 'Bash';

export const anthropicMessages: Protocol = {
	name: 'anthropic-messages',
	routes: [
		{path: '/v1/messages', answer: answerMessages},
		{path: '/v1/messages/count_tokens', answer: (_body, _scenario, response) => sendJson(response, {input_tokens: 1})},
	],
};

function answerMessages(body: unknown, scenario: Scenario, response: ServerResponse): void {
	const request = body as MessagesRequest;
	const content = replyContent(request, scenario);
	const stopReason = content.some(block => block.type === 'tool_use') ? 'tool_use' : 'end_turn';
	const message = {
		id: 'msg_scripted',
		type: 'message',
		role: 'assistant',
		model: request.model ?? 'scripted',
		content,
		stop_reason: stopReason,
		stop_sequence: null,
		usage: {input_tokens: 1, output_tokens: 1},
	};
	if (request.stream === true) {
		sendSse(response, streamEvents(message, content, stopReason));
	} else {
		sendJson(response, message);
	}
}

function replyContent(request: MessagesRequest, scenario: Scenario): ContentBlock[] {
	const offersShell = request.tools?.some(tool => tool.name === SHELL_TOOL) ?? false;
	const step = nextStep(scenario, offersShell, countToolResults(request));
	if (step.kind === 'text') {
		return [{type: 'text', text: step.text}];
	}

	return step.commands.map((command, index) => ({
		type: 'tool_use',
		id: `toolu_scripted_${step.firstCallNumber + index}`,
		name: SHELL_TOOL,
		input: {command, description: `scripted command ${step.firstCallNumber + index}`},
	}));
}

function countToolResults(request: MessagesRequest): number {
	return (request.messages ?? [])
		.flatMap(message => typeof message.content === 'string' ? [] : message.content)
		.filter(block => block.type === 'tool_result')
		.length;
}

function streamEvents(message: object, content: ContentBlock[], stopReason: string): SseEvent[] {
	const blockEvents = content.flatMap((block, index): SseEvent[] => {
		const [start, delta] = block.type === 'text'
			? [{...block, text: ''}, {type: 'text_delta', text: block.text}]
			: [{...block, input: {}}, {type: 'input_json_delta', partial_json: JSON.stringify(block.input)}];
		return [
			{event: 'content_block_start', data: {type: 'content_block_start', index, content_block: start}},
			{event: 'content_block_delta', data: {type: 'content_block_delta', index, delta}},
			{event: 'content_block_stop', data: {type: 'content_block_stop', index}},
		];
	});
	return [
		{event: 'message_start', data: {type: 'message_start', message: {...message, content: [], stop_reason: null}}},
		...blockEvents,
		{event: 'message_delta', data: {type: 'message_delta', delta: {stop_reason: stopReason, stop_sequence: null}, usage: {output_tokens: 1}}},
		{event: 'message_stop', data: {type: 'message_stop'}},
	];
}
