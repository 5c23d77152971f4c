import {geminiCliEvent} from '../src/agents/gemini-cli.ts';
import {refuseByExitCode} from '../src/hook-runtime/refusals.ts';
import {runCommandHook} from '../src/hook-runtime/run-command-hook.ts';

runCommandHook({toEvent: geminiCliEvent, projectDirVariable: 'GEMINI_PROJECT_DIR', refuse: refuseByExitCode});
