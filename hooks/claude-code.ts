import {claudeCodeEvent} from '../src/agents/claude-code.ts';
import {refuseByExitCode} from '../src/hook-runtime/refusals.ts';
import {runCommandHook} from '../src/hook-runtime/run-command-hook.ts';

runCommandHook({toEvent: claudeCodeEvent, projectDirVariable: 'CLAUDE_PROJECT_DIR', refuse: refuseByExitCode});
