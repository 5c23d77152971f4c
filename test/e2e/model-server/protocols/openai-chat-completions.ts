// OpenAI Chat Completions (OpenCode through @ai-sdk/openai-compatible, Qwen Code, Copilot CLI):
// POST /v1/chat/completions, streamed.

import type {ServerResponse} from 'node:http';
import type {Protocol} from '../protocol.ts';
import {nextStep, type Scenario} from '../scenario.ts';
import {sendSse, type SseEvent} from '../sse.ts';

type ChatRequest = {
	model?: string;
	tools?: Array<{function?: {name: string}}>;
	messages?: Array<{role: string}>;
};

// OpenCode's and Copilot CLI's shell tool, and Qwen Code's; each takes `command` and `description`.
const SHELL_TOOLS = new Set(['bash', 'run_shell_command']);

export const openaiChatCompletions: Protocol = {
	name: 'openai-chat-completions',
	routes: [{path: '/v1/chat/completions', answer: answerChat}],
};

function answerChat(body: unknown, scenario: Scenario, response: ServerResponse): void {
	const request = body as ChatRequest;
	const shellTool = request.tools?.map(tool => tool.function?.name).find(name => name !== undefined && SHELL_TOOLS.has(name));
	const step = nextStep(scenario, shellTool !== undefined, countToolResults(request));
	const chunk = (delta: object, finishReason: string | null): SseEvent => ({
		data: {
			id: 'chatcmpl-scripted',
			object: 'chat.completion.chunk',
			created: 0,
			model: request.model ?? 'scripted',
			choices: [{index: 0, delta, finish_reason: finishReason}],
		},
	});
	const content = step.kind === 'text'
		? [chunk({role: 'assistant', content: step.text}, null), chunk({}, 'stop')]
		: [chunk({role: 'assistant', tool_calls: toolCalls(shellTool!, step.commands, step.firstCallNumber)}, null), chunk({}, 'tool_calls')];
	sendSse(response, [...content, {data: '[DONE]'}]);
}

function toolCalls(shellTool: string, commands: string[], firstCallNumber: number): object[] {
	return commands.map((command, index) => ({
		index,
		id: `call_scripted_${firstCallNumber + index}`,
		type: 'function',
		function: {name: shellTool, arguments: JSON.stringify({command, description: `scripted command ${firstCallNumber + index}`})},
	}));
}

function countToolResults(request: ChatRequest): number {
	return (request.messages ?? []).filter(message => message.role === 'tool').length;
}
