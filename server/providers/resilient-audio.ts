// Retries and a circuit breaker around the audio ports, with the chat model's policy (resilient-chat-model.ts):
// bounded attempts with jittered backoff, a 429's retry-after honoured up to a cap, and for synthesis no retry once
// audio has reached the caller (it would be heard twice).

import { setTimeout as sleepFor } from 'node:timers/promises';
import type { Utterance } from '../audio/wav.ts';
import { type AudioFaultKind, AudioProviderError, type AudioService } from './audio-provider-error.ts';
import type { ResilienceOptions } from './resilient-chat-model.ts';
import type { PcmChunk, Synthesiser, SynthesisRequest } from './synthesiser.ts';
import type { Transcriber } from './transcriber.ts';

export type AudioResilienceOptions = ResilienceOptions;

const RETRYABLE: ReadonlySet<AudioFaultKind> = new Set([
  'rate-limited',
  'server-error',
  'connection',
  'timeout',
  'stream-cut',
]);

/** The retry decisions shared by both ports, for one provider's breaker. */
function retryPolicy(service: AudioService, options: AudioResilienceOptions) {
  const { breaker, maxAttempts = 3, maxRetryWaitMs = 2000, baseBackoffMs = 200 } = options;
  const random = options.random ?? Math.random;
  return {
    sleep: options.sleep ?? ((ms: number, signal?: AbortSignal) => sleepFor(ms, undefined, { signal })),
    /** Asks the breaker before an attempt; a retry refused by it fails with the error that caused the retry. */
    admit(lastError: AudioProviderError | null) {
      if (breaker.allow()) return;
      throw (
        lastError ?? new AudioProviderError(service, 'circuit-open', 'circuit open: the provider is resting')
      );
    },
    /** Records the outcome; a refused or malformed answer still shows the server is up. */
    record(err: AudioProviderError) {
      if (RETRYABLE.has(err.kind)) breaker.recordFailure();
      else breaker.recordSuccess();
    },
    succeeded: () => breaker.recordSuccess(),
    /** How long to wait before the next attempt, or null to give up. */
    waitBefore(attempt: number, err: AudioProviderError): number | null {
      if (attempt >= maxAttempts || !RETRYABLE.has(err.kind)) return null;
      if (err.kind === 'rate-limited' && err.retryAfterMs !== null) {
        return err.retryAfterMs <= maxRetryWaitMs ? err.retryAfterMs : null;
      }
      const backoff = Math.min(maxRetryWaitMs, baseBackoffMs * 2 ** (attempt - 1));
      return backoff / 2 + (random() * backoff) / 2;
    },
  };
}

/** Wraps `transcriber` with bounded retries and its breaker. */
export function withTranscriberResilience(
  transcriber: Transcriber,
  options: AudioResilienceOptions,
): Transcriber {
  const policy = retryPolicy('transcription', options);
  return {
    async transcribe(utterance: Utterance, signal?: AbortSignal): Promise<string> {
      let lastError: AudioProviderError | null = null;
      for (let attempt = 1; ; attempt++) {
        policy.admit(lastError);
        try {
          const text = await transcriber.transcribe(utterance, signal);
          policy.succeeded();
          return text;
        } catch (err) {
          if (!(err instanceof AudioProviderError) || signal?.aborted) throw err;
          policy.record(err);
          const wait = policy.waitBefore(attempt, err);
          if (wait === null) throw err;
          lastError = err;
          await policy.sleep(wait, signal);
        }
      }
    },
  };
}

/** Wraps `synthesiser` with bounded retries before its first chunk, and its breaker. */
export function withSynthesiserResilience(
  synthesiser: Synthesiser,
  options: AudioResilienceOptions,
): Synthesiser {
  const policy = retryPolicy('speech', options);
  return {
    async *synthesise(request: SynthesisRequest): AsyncGenerator<PcmChunk> {
      let lastError: AudioProviderError | null = null;
      for (let attempt = 1; ; attempt++) {
        policy.admit(lastError);
        let delivered = false;
        let settled = false;
        try {
          for await (const chunk of synthesiser.synthesise(request)) {
            delivered = true;
            yield chunk;
          }
          settled = true;
          policy.succeeded();
          return;
        } catch (err) {
          settled = true;
          if (!(err instanceof AudioProviderError) || request.signal?.aborted) throw err;
          policy.record(err);
          const wait = delivered ? null : policy.waitBefore(attempt, err);
          if (wait === null) throw err;
          lastError = err;
          await policy.sleep(wait, request.signal);
        } finally {
          // The caller stopped reading (a cut-in): audio was flowing, so the server is healthy.
          if (!settled && delivered) policy.succeeded();
        }
      }
    },
  };
}
