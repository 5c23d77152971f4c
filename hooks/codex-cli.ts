import {codexCliEvent} from '../src/agents/codex-cli.ts';
import {refuseByExitCode} from '../src/hook-runtime/refusals.ts';
import {runCommandHook} from '../src/hook-runtime/run-command-hook.ts';

runCommandHook({toEvent: codexCliEvent, refuse: refuseByExitCode});
