import {codexCliEvent} from '../src/agents/codex-cli.ts';
import {runCommandHook} from '../src/hook-runtime/run-command-hook.ts';

runCommandHook({toEvent: codexCliEvent});
