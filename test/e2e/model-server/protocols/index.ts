// Every wire protocol the scripted model speaks; the server routes each request by its path.

import type {Protocol} from '../protocol.ts';
import {anthropicMessages} from './anthropic-messages.ts';
import {geminiGenerateContent} from './gemini-generate-content.ts';
import {openaiChatCompletions} from './openai-chat-completions.ts';
import {openaiResponses} from './openai-responses.ts';

export const protocols: Protocol[] = [anthropicMessages, openaiResponses, openaiChatCompletions, geminiGenerateContent];
