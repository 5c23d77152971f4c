import {qwenCodeEvent} from '../src/agents/qwen-code.ts';
import {refuseByExitCode} from '../src/hook-runtime/refusals.ts';
import {runCommandHook} from '../src/hook-runtime/run-command-hook.ts';

runCommandHook({toEvent: qwenCodeEvent, projectDirVariable: 'QWEN_PROJECT_DIR', refuse: refuseByExitCode});
