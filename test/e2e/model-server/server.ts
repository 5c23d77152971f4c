// The scripted model: one HTTP server answering every protocol in `protocols/` from one scenario, and serving the
// scenario's downloads.

import {createServer, type IncomingMessage, type Server} from 'node:http';
import type {Protocol, Route} from './protocol.ts';
import type {Scenario} from './scenario.ts';

export type ModelRequestRecord = {method: string; path: string; status: number; body: unknown};

export function createModelServer(
	scenario: Scenario,
	protocols: Protocol[],
	onRequest: (record: ModelRequestRecord) => void,
): Server {
	const routes = protocols.flatMap(protocol => protocol.routes);
	return createServer(async (request, response) => {
		const path = new URL(request.url ?? '/', 'http://model').pathname;
		const download = request.method === 'GET' ? scenario.downloads?.[path] : undefined;
		if (download !== undefined) {
			response.writeHead(200, {'content-type': 'text/plain'}).end(download);
			onRequest({method: 'GET', path, status: 200, body: undefined});
			return;
		}

		const body = await readJson(request);
		const route = request.method === 'POST' ? findRoute(routes, path) : undefined;
		if (route === undefined || body === undefined) {
			response.writeHead(route === undefined ? 404 : 400).end();
		} else {
			route.answer(body, scenario, response);
		}

		onRequest({method: request.method ?? '', path, status: response.statusCode, body});
	});
}

function findRoute(routes: Route[], path: string): Route | undefined {
	return routes.find(route => typeof route.path === 'string' ? route.path === path : route.path.test(path));
}

async function readJson(request: IncomingMessage): Promise<unknown> {
	const chunks: Buffer[] = [];
	for await (const chunk of request) {
		chunks.push(chunk as Buffer);
	}

	try {
		return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
	} catch {
		return undefined;
	}
}
