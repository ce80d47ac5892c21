// The arithmetic of playing reply audio as it arrives: each chunk starts where the last one ends (no gaps, no
// overlap), a short pause separates one reply from the next, and at any moment we can say whose reply is sounding
// and how much of it the learner has heard. Times are seconds on the audio clock; no Web Audio here.

/** A character reply: who says it and its turn index. */
export interface ReplyRef {
  speaker: string;
  index: number;
}

export interface Segment extends ReplyRef {
  start: number;
  end: number;
}

/** What the learner heard of the reply they cut off. */
export interface Heard {
  index: number;
  ms: number;
}

/** When the queue has run dry, a chunk starts this far ahead: scheduled for "now" it would start late and click. */
export const LEAD_SECONDS = 0.05;
/** The pause between one reply ending and the next starting, as between speakers in a room. */
export const REPLY_GAP_SECONDS = 0.25;
/** Segments older than this are forgotten, so long sessions keep the list short. */
const HISTORY_SECONDS = 120;

export class ChunkSchedule {
  private segments: Segment[] = [];
  private tail = Number.NEGATIVE_INFINITY;

  /** Places a chunk of `duration` seconds of `reply` with the clock at `now`; returns when it starts. */
  place(reply: ReplyRef, duration: number, now: number): number {
    const last = this.segments[this.segments.length - 1];
    const gap = last && last.index !== reply.index ? REPLY_GAP_SECONDS : 0;
    const start = Math.max(now + LEAD_SECONDS, this.tail + gap);
    const end = start + Math.max(0, duration);
    this.segments.push({ speaker: reply.speaker, index: reply.index, start, end });
    this.tail = end;
    if ((this.segments[0]?.end ?? now) < now - HISTORY_SECONDS) {
      this.segments = this.segments.filter((s) => s.end >= now - HISTORY_SECONDS);
    }
    return start;
  }

  /** When the scheduled audio runs out (-Infinity when nothing was ever scheduled). */
  get end(): number {
    return this.tail;
  }

  /** Audio is sounding or due at `t`. */
  busy(t: number): boolean {
    return t < this.tail;
  }

  /** The segment sounding at `t`, or null (silence, or a pause between replies). Allocation-free. */
  at(t: number): Segment | null {
    for (let i = this.segments.length - 1; i >= 0; i -= 1) {
      const s = this.segments[i];
      if (!s) continue;
      if (s.start <= t && t < s.end) return s;
      if (s.end <= t) return null;
    }
    return null;
  }

  /** Milliseconds of reply `index` that had sounded by `t`. */
  heardMs(index: number, t: number): number {
    let seconds = 0;
    for (const s of this.segments) {
      if (s.index === index) seconds += Math.min(s.end, Math.max(s.start, t)) - s.start;
    }
    return Math.round(seconds * 1000);
  }

  /**
   * The learner cut in at `t`: everything scheduled is dropped. Returns the reply cut off (the one sounding, or in a
   * pause the one due next, heard 0 ms) and how much of it was heard; null if nothing was sounding or due.
   */
  cut(t: number): Heard | null {
    let cutOff: Segment | null = this.at(t);
    if (!cutOff) cutOff = this.segments.find((s) => s.start > t) ?? null;
    const heard = cutOff ? { index: cutOff.index, ms: this.heardMs(cutOff.index, t) } : null;
    this.segments = this.segments.filter((s) => s.start <= t).map((s) => ({ ...s, end: Math.min(s.end, t) }));
    this.tail = Math.min(this.tail, t);
    return heard;
  }
}

/** One part of a reply's audio, as it arrives: a chunk of samples, or the end (with any text left unvoiced). */
export type ReplyPart<Chunk> =
  | { kind: 'chunk'; reply: ReplyRef; chunk: Chunk }
  | { kind: 'end'; reply: ReplyRef; unspoken: string | null };

/**
 * Keeps replies from overlapping: parts of the reply being played pass straight through; parts of a later reply
 * wait until every earlier one has ended, then come out in order.
 */
export class ReplyOrder<Chunk> {
  private current: number | null = null;
  /** Every reply up to this index has ended (or was dropped): late parts of it are ignored. */
  private floor = Number.NEGATIVE_INFINITY;
  private highest = Number.NEGATIVE_INFINITY;
  private waiting = new Map<number, ReplyPart<Chunk>[]>();

  /** Takes one part; returns the parts that may play now, in order. */
  push(part: ReplyPart<Chunk>): ReplyPart<Chunk>[] {
    const { index } = part.reply;
    if (index <= this.floor) return [];
    this.highest = Math.max(this.highest, index);
    if (this.current === null) this.current = index;
    if (index !== this.current) {
      const parts = this.waiting.get(index) ?? [];
      parts.push(part);
      this.waiting.set(index, parts);
      return [];
    }
    if (part.kind === 'chunk') return [part];
    return [part, ...this.advance()];
  }

  /** Forgets every reply seen so far, played or waiting (the learner cut in): their late parts are ignored. */
  reset(): void {
    this.floor = Math.max(this.floor, this.highest);
    this.waiting.clear();
    this.current = null;
  }

  /** The current reply ended: the next waiting one becomes current, releasing what it has so far. */
  private advance(): ReplyPart<Chunk>[] {
    const released: ReplyPart<Chunk>[] = [];
    for (;;) {
      if (this.current !== null) this.floor = Math.max(this.floor, this.current);
      const next = [...this.waiting.keys()].filter((k) => k > this.floor).sort((a, b) => a - b)[0];
      if (next === undefined) {
        this.current = null;
        return released;
      }
      const parts = this.waiting.get(next) ?? [];
      this.waiting.delete(next);
      this.current = next;
      released.push(...parts);
      if (!parts.some((p) => p.kind === 'end')) return released;
    }
  }
}
