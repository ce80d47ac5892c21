// Waits for a session's report: asks again while the server is still grading, and gives up after a while.

import type { BedsideApi } from '../api/api-client.ts';
import { ApiError } from '../api/api-error.ts';
import { type Clock, systemClock } from './clock.ts';
import type { Feedback } from './feedback.ts';

export interface ReportPollOptions {
  /** How long to wait between asks when the server does not say. @default 1000 */
  intervalMs?: number;
  /** When to stop asking and say so. @default 60_000 */
  timeoutMs?: number;
  /** @default systemClock */
  clock?: Clock;
}

export const TIMED_OUT_MESSAGE =
  'Grading is taking longer than expected. Your conversation is saved, so try again in a minute.';
const RETRY_AFTER_BOUNDS = { min: 250, max: 5000 };

/**
 * Polls the report of `sessionId`, telling `onChange` each new state (starting with `grading`), until it is
 * ready, left, refused or timed out. Returns a function that stops it; after that `onChange` is not called again.
 */
export function pollReport(
  api: Pick<BedsideApi, 'getReport'>,
  sessionId: string,
  onChange: (feedback: Feedback) => void,
  options: ReportPollOptions = {},
): () => void {
  const { intervalMs = 1000, timeoutMs = 60_000, clock = systemClock } = options;
  const controller = new AbortController();
  const { signal } = controller;
  const tell = (feedback: Feedback) => {
    if (!signal.aborted) onChange(feedback);
  };

  const loop = async (): Promise<void> => {
    const deadline = clock.now() + timeoutMs;
    tell({ status: 'grading' });
    for (;;) {
      let waitMs = intervalMs;
      try {
        const answer = await api.getReport(sessionId, signal);
        if (answer.status === 'ready') return tell({ status: 'ready', report: answer.report });
        if (answer.status === 'left') return tell({ status: 'left', reason: answer.left.left });
        if (answer.retryAfterMs !== null) waitMs = clamp(answer.retryAfterMs, RETRY_AFTER_BOUNDS);
      } catch (error) {
        if (signal.aborted) return;
        // A dropped connection or a server hiccup may pass; a refusal (not yours, not ended) will not.
        if (error instanceof ApiError && error.status < 500) {
          return tell({ status: 'unavailable', message: error.message });
        }
      }
      if (clock.now() + waitMs > deadline) return tell({ status: 'unavailable', message: TIMED_OUT_MESSAGE });
      await clock.sleep(waitMs, signal);
      if (signal.aborted) return;
    }
  };

  void loop();
  return () => controller.abort();
}

function clamp(value: number, { min, max }: { min: number; max: number }): number {
  return Math.min(max, Math.max(min, value));
}
