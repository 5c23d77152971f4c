// DOTENV_FILE_READ: the content of a dotenv file (`.env`, `.env.local`, `prod.env`, `.envrc`…) shown, searched,
// sourced, copied or uploaded. Examples and templates (`.env.example`, `.env.sample`…) hold no secret and are not.

import {isDotenvFile} from '../paths/path-kinds.ts';
import {readPaths} from '../paths/read-paths.ts';
import type {Rule} from './rule.ts';

export const DOTENV_FILE_READ: Rule = {
	name: 'DOTENV_FILE_READ',
	test: invocation => readPaths(invocation).some(path => isDotenvFile(path)),
};
