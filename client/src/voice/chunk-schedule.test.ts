import { describe, expect, it } from 'vitest';
import {
  ChunkSchedule,
  LEAD_SECONDS,
  REPLY_GAP_SECONDS,
  ReplyOrder,
  type ReplyPart,
} from './chunk-schedule.ts';

const patient = { speaker: 'patient', index: 3 };
const wife = { speaker: 'wife', index: 4 };

describe('chunk schedule', () => {
  it('starts the first chunk just ahead of now and each next chunk where the last ends', () => {
    const schedule = new ChunkSchedule();
    const first = schedule.place(patient, 0.5, 10);
    expect(first).toBeCloseTo(10 + LEAD_SECONDS);
    // The second arrives while the first still plays: no gap, no overlap.
    expect(schedule.place(patient, 0.4, 10.2)).toBeCloseTo(first + 0.5);
    expect(schedule.end).toBeCloseTo(first + 0.9);
    // A chunk that arrives after the queue ran dry starts just ahead of its arrival instead.
    expect(schedule.place(patient, 0.3, 20)).toBeCloseTo(20 + LEAD_SECONDS);
  });

  it('leaves a short pause between one reply and the next', () => {
    const schedule = new ChunkSchedule();
    schedule.place(patient, 1, 0);
    const next = schedule.place(wife, 1, 0.1);
    expect(next).toBeCloseTo(LEAD_SECONDS + 1 + REPLY_GAP_SECONDS);
    expect(schedule.at(LEAD_SECONDS + 1 + REPLY_GAP_SECONDS / 2)).toBeNull();
    expect(schedule.at(next + 0.01)?.speaker).toBe('wife');
    expect(schedule.at(0.5)?.speaker).toBe('patient');
  });

  it('counts how much of a reply had sounded, across its chunks', () => {
    const schedule = new ChunkSchedule();
    const start = schedule.place(patient, 0.5, 0);
    schedule.place(patient, 0.5, 0);
    expect(schedule.heardMs(3, start - 0.01)).toBe(0);
    expect(schedule.heardMs(3, start + 0.25)).toBe(250);
    expect(schedule.heardMs(3, start + 0.75)).toBe(750);
    expect(schedule.heardMs(3, start + 5)).toBe(1000);
  });

  it('cuts off the reply sounding, or in a pause the one due next, and silences the rest', () => {
    const schedule = new ChunkSchedule();
    const start = schedule.place(patient, 1, 0);
    const wifeStart = schedule.place(wife, 1, 0);
    const playing = new ChunkSchedule();
    playing.place(patient, 1, 0);
    expect(playing.cut(start + 0.4)).toEqual({ index: 3, ms: 400 });
    expect(playing.busy(start + 0.41)).toBe(false);
    expect(playing.heardMs(3, start + 2)).toBe(400);

    expect(schedule.cut(wifeStart - 0.1)).toEqual({ index: 4, ms: 0 });
    expect(schedule.busy(wifeStart + 0.1)).toBe(false);
    expect(new ChunkSchedule().cut(5)).toBeNull();
  });
});

describe('reply order', () => {
  const chunk = (reply: typeof patient, n: number): ReplyPart<number> => ({ kind: 'chunk', reply, chunk: n });
  const end = (reply: typeof patient): ReplyPart<number> => ({ kind: 'end', reply, unspoken: null });
  const chunks = (parts: ReplyPart<number>[]) => parts.map((p) => (p.kind === 'chunk' ? p.chunk : 'end'));

  it('holds a later reply until the one playing has ended, then releases it in order', () => {
    const order = new ReplyOrder<number>();
    expect(chunks(order.push(chunk(patient, 1)))).toEqual([1]);
    expect(order.push(chunk(wife, 10))).toEqual([]);
    expect(order.push(chunk(wife, 11))).toEqual([]);
    expect(chunks(order.push(chunk(patient, 2)))).toEqual([2]);
    expect(chunks(order.push(end(patient)))).toEqual(['end', 10, 11]);
    expect(chunks(order.push(chunk(wife, 12)))).toEqual([12]);
    // Late parts of a finished reply are ignored.
    expect(order.push(chunk(patient, 3))).toEqual([]);
  });

  it('forgets everything on reset, and ignores the late parts of what it forgot', () => {
    const order = new ReplyOrder<number>();
    order.push(chunk(patient, 1));
    order.push(chunk(wife, 10));
    order.reset();
    expect(order.push(chunk(patient, 2))).toEqual([]);
    expect(order.push(chunk(wife, 11))).toEqual([]);
    const next = { speaker: 'patient', index: 6 };
    expect(chunks(order.push(chunk(next, 20)))).toEqual([20]);
  });
});
