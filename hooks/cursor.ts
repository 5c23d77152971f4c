import {cursorEvent} from '../src/agents/cursor.ts';
import {runCommandHook} from '../src/hook-runtime/run-command-hook.ts';

runCommandHook({toEvent: cursorEvent});
