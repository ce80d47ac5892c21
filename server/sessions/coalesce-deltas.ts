// Merges a reply's streamed text into frames of a few tens of milliseconds, so each transport sends (and each
// client handles) one frame per window instead of one per model token. Transport-agnostic: it maps one stream of
// turn events to another, keeping their order; only `delta` events are ever merged or held back.

import type { TurnEvent } from '../protocol.ts';

type Delta = Extract<TurnEvent, { type: 'delta' }>;

/** Schedules `run` after `ms`; returns a cancel function. A port so tests can drive time by hand. */
export type Schedule = (ms: number, run: () => void) => () => void;

export interface CoalesceOptions {
  /**
   * How long deltas gather before they go out as one frame. A delta arriving when nothing was sent for this long
   * (the first of each reply, or after a pause) goes out at once, so first-token latency does not grow.
   * @default 40
   */
  windowMs?: number;
  /** @default setTimeout */
  schedule?: Schedule;
  /** Milliseconds on a monotonic clock. @default performance.now */
  now?: () => number;
}

export const DEFAULT_COALESCE_WINDOW_MS = 40;

const realSchedule: Schedule = (ms, run) => {
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
};

/**
 * A sentence or clause end (punctuation, then whitespace), as the speech chunker cuts replies: a frame that
 * completes one goes out at once, so a consumer waiting for whole phrases (speech) never waits for the window.
 */
const PHRASE_END = /[.!?…,;:]["'’”)\]]*\s|\s[-–—]\s/g;
/** How much of the text already passed on is kept to find a phrase end that spans two deltas. */
const TAIL_CHARS = 8;

/**
 * Yields `events` with consecutive deltas of the same speaker and reply merged: held at most `windowMs` after
 * the last frame sent, sent at once when they complete a phrase, and flushed first whenever any other event (or
 * another reply's delta) arrives, or the stream ends or fails. Closing the result early closes `events`.
 */
export async function* coalesceDeltas(
  events: AsyncIterable<TurnEvent>,
  options: CoalesceOptions = {},
): AsyncGenerator<TurnEvent, void, undefined> {
  const windowMs = options.windowMs ?? DEFAULT_COALESCE_WINDOW_MS;
  const schedule = options.schedule ?? realSchedule;
  const now = options.now ?? (() => performance.now());
  const source = events[Symbol.asyncIterator]();

  /** Deltas merged but not yet sent, and the timer that will send them. */
  let held: Delta | null = null;
  let due: Promise<'due'> | null = null;
  let cancelDue = () => {};
  /** The reply being streamed (index and speaker), when its last frame went out, and its latest characters. */
  let replyIndex = -1;
  let replySpeaker = '';
  let lastSentAt = Number.NEGATIVE_INFINITY;
  let tail = '';
  /** An upstream read still outstanding when the window ran out. */
  let next: Promise<IteratorResult<TurnEvent, unknown>> | null = null;
  let done = false;

  const release = (): Delta | null => {
    const out = held;
    held = null;
    due = null;
    cancelDue();
    cancelDue = () => {};
    if (out) lastSentAt = now();
    return out;
  };

  try {
    while (true) {
      let result: IteratorResult<TurnEvent, unknown> | 'due';
      try {
        next ??= source.next();
        result = due ? await Promise.race([next, due]) : await next;
      } catch (error) {
        // The source failed: what it said before failing still goes out, then the failure.
        done = true;
        const out = release();
        if (out) yield out;
        throw error;
      }
      if (result === 'due') {
        const out = release();
        if (out) yield out;
        continue;
      }
      next = null;
      if (result.done) {
        done = true;
        const out = release();
        if (out) yield out;
        return;
      }
      const event = result.value;
      if (event.type !== 'delta') {
        const out = release();
        if (out) yield out;
        // Whatever follows (a retraction's fallback, the next reply) starts afresh: its first words go at once.
        replyIndex = -1;
        yield event;
        continue;
      }
      if (event.index !== replyIndex || event.speaker !== replySpeaker) {
        const out = release();
        if (out) yield out;
        replyIndex = event.index;
        replySpeaker = event.speaker;
        lastSentAt = Number.NEGATIVE_INFINITY;
        tail = '';
      }
      const seen = tail + event.text;
      tail = seen.slice(-TAIL_CHARS);
      if (held) held.text += event.text;
      else held = { ...event };
      const wait = lastSentAt + windowMs - now();
      if (wait <= 0 || endsPhrase(seen, seen.length - event.text.length)) {
        yield release() as Delta;
        continue;
      }
      due ??= new Promise<'due'>((resolve) => {
        cancelDue = schedule(wait, () => resolve('due'));
      });
    }
  } finally {
    cancelDue();
    // The consumer left early: close the source too (after any read still in flight settles).
    if (!done) await source.return?.();
  }
}

/** Whether a phrase end finishes after `from`, in the newest delta (one before it was acted on already). */
function endsPhrase(text: string, from: number): boolean {
  for (const match of text.matchAll(PHRASE_END)) if (match.index + match[0].length > from) return true;
  return false;
}
