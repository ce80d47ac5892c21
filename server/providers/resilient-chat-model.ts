// Retries and a circuit breaker around any ChatModel. A stream is retried only until its first delta: once text
// has reached the caller, a failure is thrown so the caller can discard the partial reply.

import { setTimeout as sleepFor } from 'node:timers/promises';
import type { z } from 'zod';
import {
  type ChatFaultKind,
  type ChatModel,
  ChatModelError,
  type ChatRequest,
  type ChatStreamEvent,
  type StructuredRequest,
  type StructuredResult,
} from './chat-model.ts';
import type { CircuitBreaker } from './circuit-breaker.ts';

/** Thrown without calling the model while the breaker is open. Its kind is 'server-error', for fallbacks. */
export class CircuitOpenError extends ChatModelError {
  constructor() {
    super('server-error', 'circuit open');
    this.name = 'CircuitOpenError';
  }
}

export interface ResilienceOptions {
  breaker: CircuitBreaker;
  /** Calls per request, the first included. @default 3 */
  maxAttempts?: number;
  /** Longest wait between attempts; a 429 asking for longer fails at once. @default 2000 */
  maxRetryWaitMs?: number;
  /** First backoff, doubled on each retry, with jitter. @default 200 */
  baseBackoffMs?: number;
  /** Rejects when `signal` aborts. @default a timer */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** In [0, 1), for jitter. @default Math.random */
  random?: () => number;
}

const RETRYABLE: ReadonlySet<ChatFaultKind> = new Set([
  'rate-limited',
  'server-error',
  'connection',
  'timeout',
  'stream-cut',
]);

/** Wraps `model` with bounded retries and the breaker. */
export function withResilience(model: ChatModel, options: ResilienceOptions): ChatModel {
  const { breaker, maxAttempts = 3, maxRetryWaitMs = 2000, baseBackoffMs = 200 } = options;
  const sleep = options.sleep ?? ((ms, signal) => sleepFor(ms, undefined, { signal }));
  const random = options.random ?? Math.random;

  /** Records the outcome on the breaker; a refused or malformed answer still shows the server is up. */
  function record(err: ChatModelError) {
    if (RETRYABLE.has(err.kind)) breaker.recordFailure();
    else breaker.recordSuccess();
  }

  /** How long to wait before the next attempt, or null to give up. */
  function waitBefore(attempt: number, err: ChatModelError): number | null {
    if (attempt >= maxAttempts || !RETRYABLE.has(err.kind)) return null;
    if (err.kind === 'rate-limited' && err.retryAfterMs !== null) {
      return err.retryAfterMs <= maxRetryWaitMs ? err.retryAfterMs : null;
    }
    const backoff = Math.min(maxRetryWaitMs, baseBackoffMs * 2 ** (attempt - 1));
    return backoff / 2 + (random() * backoff) / 2;
  }

  /** Asks the breaker before an attempt; a retry refused by it fails with the error that caused the retry. */
  function admit(lastError: ChatModelError | null) {
    if (!breaker.allow()) throw lastError ?? new CircuitOpenError();
  }

  return {
    async *stream(request: ChatRequest): AsyncGenerator<ChatStreamEvent> {
      let lastError: ChatModelError | null = null;
      for (let attempt = 1; ; attempt++) {
        admit(lastError);
        let delivered = false;
        let settled = false;
        try {
          for await (const event of model.stream(request)) {
            if (event.type === 'delta') delivered = true;
            yield event;
          }
          settled = true;
          breaker.recordSuccess();
          return;
        } catch (err) {
          settled = true;
          if (!(err instanceof ChatModelError) || request.signal?.aborted) throw err;
          record(err);
          const wait = delivered ? null : waitBefore(attempt, err);
          if (wait === null) throw err;
          lastError = err;
          await sleep(wait, request.signal);
        } finally {
          // The caller stopped reading (an interruption): text was flowing, so the server is healthy.
          if (!settled && delivered) breaker.recordSuccess();
        }
      }
    },

    async structured<S extends z.ZodType>(
      request: StructuredRequest<S>,
    ): Promise<StructuredResult<z.output<S>>> {
      let lastError: ChatModelError | null = null;
      for (let attempt = 1; ; attempt++) {
        admit(lastError);
        try {
          const result = await model.structured(request);
          breaker.recordSuccess();
          return result;
        } catch (err) {
          if (!(err instanceof ChatModelError) || request.signal?.aborted) throw err;
          record(err);
          const wait = waitBefore(attempt, err);
          if (wait === null) throw err;
          lastError = err;
          await sleep(wait, request.signal);
        }
      }
    },
  };
}
