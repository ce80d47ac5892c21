// Builds the judge from configuration (null without a model): the OpenAI-compatible adapter with retries.

import { join } from 'node:path';
import type { LlmConfig } from '../config.ts';
import { loadPromptTemplate } from '../content/prompt-template.ts';
import { createCircuitBreaker } from '../providers/circuit-breaker.ts';
import { createOpenAIChatModel } from '../providers/openai-chat-model.ts';
import { withResilience } from '../providers/resilient-chat-model.ts';
import { JUDGE_PLACEHOLDERS, type Judge } from './judge.ts';

export const JUDGE_TEMPLATE_FILE = 'templates/judge.md';

export function loadJudgeTemplate(promptsDir: string) {
  return loadPromptTemplate(
    join(promptsDir, JUDGE_TEMPLATE_FILE),
    JUDGE_PLACEHOLDERS,
    `prompts/${JUDGE_TEMPLATE_FILE}`,
  );
}

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
