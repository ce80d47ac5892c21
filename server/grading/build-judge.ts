// Builds the judge from configuration (null without a model): the OpenAI-compatible adapter with retries.

import type { LlmConfig } from '../config.ts';
import { loadJudgeTemplate } from '../content/load-judge-template.ts';
import { createCircuitBreaker } from '../providers/circuit-breaker.ts';
import { createOpenAIChatModel } from '../providers/openai-chat-model.ts';
import { withResilience } from '../providers/resilient-chat-model.ts';
import type { Judge } from './judge.ts';

export function buildJudge(config: LlmConfig | null, promptsDir: string): Judge | undefined {
  const template = loadJudgeTemplate(promptsDir);
  if (!config) return undefined;
  const breaker = createCircuitBreaker({
    failureThreshold: config.circuitFailures,
    coolDownMs: config.circuitCoolDownMs,
  });
  return {
    chat: withResilience(
      createOpenAIChatModel({
        apiKey: config.apiKey,
        baseURL: config.baseURL,
        timeoutMs: Math.max(config.timeoutMs, 60_000),
      }),
      { breaker, maxAttempts: config.maxAttempts },
    ),
    model: config.judgeModel,
    template,
  };
}
