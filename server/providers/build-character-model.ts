// Builds the character model from configuration: the OpenAI-compatible adapter behind retries and a circuit
// breaker, plus the prompt content. Returns null when no API key is configured (the offline engine then speaks).

import type { LlmConfig } from '../config.ts';
import type { CharacterPrompts } from '../content/load-character-prompts.ts';
import type { Clock } from '../ports.ts';
import type { CharacterModel } from './character-model.ts';
import { type CircuitState, createCircuitBreaker } from './circuit-breaker.ts';
import { createOpenAIChatModel } from './openai-chat-model.ts';
import { withResilience } from './resilient-chat-model.ts';

export interface LlmStatus {
  configured: boolean;
  characterModel: string | null;
  circuit: CircuitState | null;
}

export interface ConfiguredLlm {
  characterModel: CharacterModel;
  status(): LlmStatus;
}

export function buildCharacterModel(
  config: LlmConfig,
  prompts: CharacterPrompts,
  clock: Clock,
): ConfiguredLlm {
  const breaker = createCircuitBreaker({
    failureThreshold: config.circuitFailures,
    coolDownMs: config.circuitCoolDownMs,
    now: () => clock.now(),
  });
  const chat = withResilience(
    createOpenAIChatModel({ apiKey: config.apiKey, baseURL: config.baseURL, timeoutMs: config.timeoutMs }),
    { breaker, maxAttempts: config.maxAttempts },
  );
  return {
    characterModel: {
      chat,
      model: config.characterModel,
      temperature: config.characterTemperature,
      maxTokens: config.characterMaxTokens,
      template: prompts.template,
      guidance: prompts.guidance,
    },
    status: () => ({ configured: true, characterModel: config.characterModel, circuit: breaker.state() }),
  };
}
