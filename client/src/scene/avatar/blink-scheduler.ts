// When the eyes blink: irregular intervals of 2–6 s, now and then a double blink, from a seeded random source.

import { between, type Random } from './random.ts';

/** Timings in milliseconds. */
const MIN_INTERVAL = 2000;
const MAX_INTERVAL = 6000;
const DOUBLE_CHANCE = 0.15;
const DOUBLE_GAP = 260;
const CLOSING = 75;
const CLOSED = 40;
const OPENING = 150;
export const BLINK_DURATION = CLOSING + CLOSED + OPENING;

export class BlinkScheduler {
  /** Start of the current or next blink. */
  private first: number;
  /** Start of the second blink of a double blink, or NaN. */
  private second = Number.NaN;

  constructor(
    private readonly random: Random,
    nowMs: number,
  ) {
    this.first = nowMs + between(random, 500, MAX_INTERVAL);
  }

  /** Lid closure from blinking at `nowMs` (0 open, 1 shut). Call with times that do not go backwards. */
  closure(nowMs: number): number {
    const last = Number.isNaN(this.second) ? this.first : this.second;
    if (nowMs >= last + BLINK_DURATION) this.schedule(last, nowMs);
    const a = blinkShape(nowMs - this.first);
    return Number.isNaN(this.second) ? a : Math.max(a, blinkShape(nowMs - this.second));
  }

  /** Starts of the pending blink (and its double), for tests. */
  pending(): { first: number; second: number } {
    return { first: this.first, second: this.second };
  }

  private schedule(lastStart: number, nowMs: number): void {
    // Count from the last blink; after a long pause (hidden tab) count from now instead of catching up.
    const from = nowMs - lastStart > MAX_INTERVAL ? nowMs : lastStart;
    this.first = from + between(this.random, MIN_INTERVAL, MAX_INTERVAL);
    this.second = this.random() < DOUBLE_CHANCE ? this.first + DOUBLE_GAP : Number.NaN;
  }
}

/** Closure of one blink `t` ms after it started: a quick close, a short hold, a slower open. */
export function blinkShape(t: number): number {
  if (t < 0 || t >= BLINK_DURATION) return 0;
  if (t < CLOSING) return smooth(t / CLOSING);
  if (t < CLOSING + CLOSED) return 1;
  return 1 - smooth((t - CLOSING - CLOSED) / OPENING);
}

function smooth(x: number): number {
  return x * x * (3 - 2 * x);
}
