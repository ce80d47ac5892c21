import { describe, expect, it } from 'vitest';
import { mouthTimeline, opennessAt } from './text-lipsync.ts';

describe('mouth movement from text', () => {
  it('takes longer for longer replies, at a calm speaking pace', () => {
    const short = mouthTimeline('Yes.');
    const long = mouthTimeline('I had a feeling it would be something like that, Doctor. I did, really.');
    expect(long.duration).toBeGreaterThan(short.duration * 4);
    const words = 14;
    const wordsPerMinute = words / (long.duration / 60);
    expect(wordsPerMinute).toBeGreaterThan(120);
    expect(wordsPerMinute).toBeLessThan(220);
  });

  it('opens on vowels, closes on m, b and p, and is shut before and after', () => {
    const timeline = mouthTimeline('ma');
    expect(opennessAt(timeline, 0)).toBe(0);
    const mKey = timeline.times[1] ?? 0;
    const aKey = timeline.times[2] ?? 0;
    expect(opennessAt(timeline, mKey)).toBeCloseTo(0);
    expect(opennessAt(timeline, aKey)).toBeCloseTo(1);
    expect(opennessAt(timeline, timeline.duration + 1)).toBe(0);
  });

  it('pauses with the mouth closed at a full stop', () => {
    const timeline = mouthTimeline('Oh. Oh.');
    // Keys: start, "O", "h", "." …
    const stop = timeline.times[3] ?? 0;
    expect(opennessAt(timeline, stop)).toBe(0);
    expect(stop - (timeline.times[2] ?? 0)).toBeGreaterThan(0.3);
  });

  it('handles empty text', () => {
    const timeline = mouthTimeline('');
    expect(opennessAt(timeline, 0.05)).toBe(0);
    expect(timeline.duration).toBeLessThan(0.2);
  });
});
