// Server-sent events, the streaming framing all the model APIs share.

import type {ServerResponse} from 'node:http';

export type SseEvent = {
	/** The `event:` field; OpenAI Chat Completions streams go without one. */
	event?: string;
	/** Serialised as JSON, except a string, which is sent as it is (`[DONE]`). */
	data: unknown;
};

export function sendSse(response: ServerResponse, events: SseEvent[]): void {
	response.writeHead(200, {'content-type': 'text/event-stream', 'cache-control': 'no-cache'});
	for (const {event, data} of events) {
		const eventLine = event === undefined ? '' : `event: ${event}\n`;
		const dataText = typeof data === 'string' ? data : JSON.stringify(data);
		response.write(`${eventLine}data: ${dataText}\n\n`);
	}

	response.end();
}

export function sendJson(response: ServerResponse, value: unknown): void {
	response.writeHead(200, {'content-type': 'application/json'});
	response.end(JSON.stringify(value));
}
