// Gemini REST (Gemini CLI): POST /v1beta/models/<model>:streamGenerateContent?alt=sse, :generateContent and
// :countTokens. The model name sits in the path, so the routes are patterns.

import type {Protocol} from '../protocol.ts';
import {nextStep, type Scenario} from '../scenario.ts';
import {sendJson, sendSse} from '../sse.ts';

type Part = {text?: string; functionCall?: object; functionResponse?: object};

type GenerateContentRequest = {
	contents?: Array<{parts?: Part[]}>;
	tools?: Array<{functionDeclarations?: Array<{name: string}>}>;
};

// Its argument is `command`, one shell string.
const SHELL_TOOL = 'run_shell_command';
const MODEL_METHOD = (method: string) => new RegExp(`^/v1beta/models/[^/]+:${method}$`);

export const geminiGenerateContent: Protocol = {
	name: 'gemini-generate-content',
	routes: [
		{path: MODEL_METHOD('streamGenerateContent'), answer: (body, scenario, response) => sendSse(response, [{data: reply(body, scenario)}])},
		{path: MODEL_METHOD('generateContent'), answer: (body, scenario, response) => sendJson(response, reply(body, scenario))},
		{path: MODEL_METHOD('countTokens'), answer: (_body, _scenario, response) => sendJson(response, {totalTokens: 1})},
	],
};

function reply(body: unknown, scenario: Scenario): object {
	const request = body as GenerateContentRequest;
	const offersShell = request.tools?.some(tool => tool.functionDeclarations?.some(({name}) => name === SHELL_TOOL)) ?? false;
	return {
		candidates: [{index: 0, content: {role: 'model', parts: replyParts(nextStep(scenario, offersShell, countToolResults(request)))}, finishReason: 'STOP'}],
		usageMetadata: {promptTokenCount: 1, candidatesTokenCount: 1, totalTokenCount: 2},
	};
}

function replyParts(step: ReturnType<typeof nextStep>): Part[] {
	if (step.kind === 'text') {
		return [{text: step.text}];
	}

	return step.commands.map((command, index) => ({
		functionCall: {id: `call_scripted_${step.firstCallNumber + index}`, name: SHELL_TOOL, args: {command}},
	}));
}

function countToolResults(request: GenerateContentRequest): number {
	return (request.contents ?? []).flatMap(content => content.parts ?? []).filter(part => part.functionResponse !== undefined).length;
}
