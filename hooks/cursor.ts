import {cursorEvent} from '../src/agents/cursor.ts';
import {refuseByCursorPermission} from '../src/hook-runtime/refusals.ts';
import {runCommandHook} from '../src/hook-runtime/run-command-hook.ts';

runCommandHook({toEvent: cursorEvent, refuse: refuseByCursorPermission});
