// The shape every wire protocol of the scripted model takes, so a new one is one more file.

import type {ServerResponse} from 'node:http';
import type {Scenario} from './scenario.ts';

export type Route = {
	/** A pathname, or a pattern for protocols that put the model name in the path. */
	path: string | RegExp;
	/** Answers one POST whose JSON body is already parsed. */
	answer: (body: unknown, scenario: Scenario, response: ServerResponse) => void;
};

export type Protocol = {
	name: string;
	routes: Route[];
};
