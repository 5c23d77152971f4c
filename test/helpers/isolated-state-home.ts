// The writer keeps each project's chain anchor in the user's state directory: keep the tests' anchors out of it.
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

process.env.XDG_STATE_HOME = mkdtempSync(join(tmpdir(), 'coograph-state-'));
