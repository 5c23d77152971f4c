import {copilotCliEvent} from '../src/agents/copilot-cli.ts';
import {refuseByCopilotDecision} from '../src/hook-runtime/refusals.ts';
import {runCommandHook} from '../src/hook-runtime/run-command-hook.ts';

runCommandHook({toEvent: copilotCliEvent, projectDirVariable: 'COPILOT_PROJECT_DIR', refuse: refuseByCopilotDecision});
