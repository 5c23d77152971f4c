import {shellEvent} from '../src/agents/shell.ts';
import {runCommandHook} from '../src/hook-runtime/run-command-hook.ts';

runCommandHook({toEvent: shellEvent});
