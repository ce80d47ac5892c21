import { describe, expect, it } from 'vitest';
import type { TurnEvent } from '../protocol.ts';
import { coalesceDeltas, type Schedule } from './coalesce-deltas.ts';

/** Time that moves only when told, with the timers due by then run in order. */
function manualClock() {
  let t = 0;
  const timers: { at: number; run: () => void; cancelled: boolean }[] = [];
  const schedule: Schedule = (ms, run) => {
    const timer = { at: t + ms, run, cancelled: false };
    timers.push(timer);
    return () => {
      timer.cancelled = true;
    };
  };
  return {
    now: () => t,
    schedule,
    pendingTimers: () => timers.filter((x) => !x.cancelled && x.at > t).length,
    async advance(ms: number) {
      const until = t + ms;
      for (;;) {
        const due = timers.filter((x) => !x.cancelled && x.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        t = due.at;
        due.cancelled = true;
        due.run();
        await settle();
      }
      t = until;
      await settle();
    },
  };
}

/** Lets every promise callback queued so far (and those they queue) run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

/** A source the test feeds by hand, event by event, and can fail. */
function feed() {
  const queue: (IteratorResult<TurnEvent> | Error)[] = [];
  let wake: (() => void) | null = null;
  let returned = false;
  const push = (item: IteratorResult<TurnEvent> | Error) => {
    queue.push(item);
    wake?.();
    wake = null;
  };
  async function* source(): AsyncGenerator<TurnEvent> {
    try {
      for (;;) {
        while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        const item = queue.shift() as IteratorResult<TurnEvent> | Error;
        if (item instanceof Error) throw item;
        if (item.done) return;
        yield item.value;
      }
    } finally {
      returned = true;
    }
  }
  return {
    source: source(),
    send: (event: TurnEvent) => push({ done: false, value: event }),
    end: () => push({ done: true, value: undefined }),
    fail: (error: Error) => push(error),
    wasClosed: () => returned,
  };
}

/** Reads a stream in the background, keeping what arrived and when (on the manual clock). */
function collect(stream: AsyncIterable<TurnEvent>, now: () => number) {
  const seen: { at: number; event: TurnEvent }[] = [];
  const finished = (async () => {
    for await (const event of stream) seen.push({ at: now(), event });
  })();
  return { seen, finished, events: () => seen.map((s) => s.event) };
}

const delta = (text: string, index = 1, speaker = 'reece'): TurnEvent => ({
  type: 'delta',
  speaker,
  index,
  text,
});

describe('coalesceDeltas', () => {
  it('sends the first delta of a reply at once, then one frame per window', async () => {
    const clock = manualClock();
    const input = feed();
    const out = collect(coalesceDeltas(input.source, { windowMs: 40, ...clock }), clock.now);
    input.send(delta('I'));
    await settle();
    expect(out.seen).toEqual([{ at: 0, event: delta('I') }]);
    // Tokens every 15 ms: held, then sent together when the window since the last frame ends.
    for (const word of [' really', ' just', ' want', ' to']) {
      await clock.advance(15);
      input.send(delta(word));
      await settle();
    }
    await clock.advance(20);
    expect(out.seen.map((s) => [s.at, (s.event as { text: string }).text])).toEqual([
      [0, 'I'],
      [40, ' really just'],
      [80, ' want to'],
    ]);
    input.end();
    await out.finished;
  });

  it('flushes held text before any other event, keeping the order', async () => {
    const clock = manualClock();
    const input = feed();
    const out = collect(coalesceDeltas(input.source, { windowMs: 40, ...clock }), clock.now);
    input.send(delta('Leave'));
    await settle();
    await clock.advance(5);
    input.send(delta(' me'));
    input.send(delta(' alone.'));
    input.send({ type: 'retract', speaker: 'reece', index: 1 });
    // The fallback after a retraction starts a fresh frame: its first words go out at once.
    input.send(delta('Fine'));
    input.send(delta(' whatever'));
    await settle();
    expect(out.events()).toEqual([
      delta('Leave'),
      delta(' me alone.'),
      { type: 'retract', speaker: 'reece', index: 1 },
      delta('Fine'),
    ]);
    input.send({ type: 'done', replies: 1 });
    input.end();
    await out.finished;
    expect(out.events().slice(4)).toEqual([delta(' whatever'), { type: 'done', replies: 1 }]);
    expect(out.seen.slice(1).every((s) => s.at === 5)).toBe(true);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('never merges deltas of different replies, and sends a new reply’s first delta at once', async () => {
    const clock = manualClock();
    const input = feed();
    const out = collect(coalesceDeltas(input.source, { windowMs: 40, ...clock }), clock.now);
    input.send(delta('Mum', 2, 'mum'));
    input.send(delta(' here.', 2, 'mum'));
    input.send(delta('Me', 3, 'reece'));
    input.send(delta(' too.', 3, 'reece'));
    await settle();
    expect(out.events()).toEqual([
      delta('Mum', 2, 'mum'),
      delta(' here.', 2, 'mum'),
      delta('Me', 3, 'reece'),
    ]);
    await clock.advance(40);
    expect(out.events().at(-1)).toEqual(delta(' too.', 3, 'reece'));
    input.end();
    await out.finished;
  });

  it('sends a frame at once when it completes a sentence or clause, even across deltas', async () => {
    const clock = manualClock();
    const input = feed();
    const out = collect(coalesceDeltas(input.source, { windowMs: 40, ...clock }), clock.now);
    input.send(delta('Okay'));
    input.send(delta(' go'));
    input.send(delta(' on.'));
    await settle();
    expect(out.events()).toEqual([delta('Okay')]);
    // The whitespace after the full stop is what shows the sentence has ended.
    input.send(delta(' What'));
    await settle();
    expect(out.events()).toEqual([delta('Okay'), delta(' go on. What')]);
    input.send(delta(' now'));
    input.send(delta(' then?'));
    await settle();
    expect(out.events()).toHaveLength(2);
    input.send(delta(' Tell'));
    await settle();
    expect(out.events().at(-1)).toEqual(delta(' now then? Tell'));
    expect(out.seen.every((s) => s.at === 0)).toBe(true);
    input.end();
    await out.finished;
  });

  it('sends at once a delta that comes after a quiet spell longer than the window', async () => {
    const clock = manualClock();
    const input = feed();
    const out = collect(coalesceDeltas(input.source, { windowMs: 40, ...clock }), clock.now);
    input.send(delta('Well'));
    await settle();
    await clock.advance(100);
    input.send(delta('... no.'));
    await settle();
    expect(out.seen).toEqual([
      { at: 0, event: delta('Well') },
      { at: 100, event: delta('... no.') },
    ]);
    input.end();
    await out.finished;
  });

  it('sends held text, then the failure, when the source fails', async () => {
    const clock = manualClock();
    const input = feed();
    const stream = coalesceDeltas(input.source, { windowMs: 40, ...clock });
    const out = collect(stream, clock.now);
    input.send(delta('I'));
    input.send(delta(' want'));
    input.fail(new Error('model went away'));
    await expect(out.finished).rejects.toThrow('model went away');
    expect(out.events()).toEqual([delta('I'), delta(' want')]);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('closes the source when the consumer stops reading', async () => {
    const clock = manualClock();
    const input = feed();
    const stream = coalesceDeltas(input.source, { windowMs: 40, ...clock });
    input.send(delta('I'));
    const first = await stream.next();
    expect(first.value).toEqual(delta('I'));
    await stream.return();
    expect(input.wasClosed()).toBe(true);
  });

  it('passes a stream without deltas through unchanged, with real timers', async () => {
    const events: TurnEvent[] = [
      { type: 'affect', afterTurn: 0, affect: {} },
      { type: 'done', replies: 0 },
    ];
    async function* source() {
      yield* events;
    }
    const seen: TurnEvent[] = [];
    for await (const event of coalesceDeltas(source())) seen.push(event);
    expect(seen).toEqual(events);
  });

  it('merges a burst of deltas within a real 30 ms window into few frames, losing no text', async () => {
    const words = 'I hear what you are saying, but I really just want to go home.'.match(/\s*\S+/g) ?? [];
    async function* source(): AsyncGenerator<TurnEvent> {
      for (const word of words) {
        yield delta(word);
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    }
    const frames: string[] = [];
    for await (const event of coalesceDeltas(source(), { windowMs: 30 }))
      if (event.type === 'delta') frames.push(event.text);
    expect(frames.join('')).toBe(words.join(''));
    expect(frames[0]).toBe('I');
    expect(frames.length).toBeLessThan(words.length / 2);
  });
});
