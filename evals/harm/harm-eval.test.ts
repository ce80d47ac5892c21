// Floors for the harm finder on sentences written by people who never saw it. The fresh set is the measure (never
// read while writing the lists); the floors sit just under today's figures so a change that loses harm fails.

import { describe, expect, it } from 'vitest';
import { devSet, enginesFinder, freshSet, scoreHarm } from './run.ts';

describe('harm finder', () => {
  it('fresh blind sentences: precision >= 0.9, recall >= 0.38', () => {
    const s = scoreHarm(freshSet());
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.recall).toBeGreaterThanOrEqual(0.38);
  });

  it("the conversation engine's finder, with the learned model: fresh precision >= 0.9, recall >= 0.55", () => {
    const s = scoreHarm(freshSet(), enginesFinder);
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.recall).toBeGreaterThanOrEqual(0.55);
  });

  it('development sentences: precision >= 0.95, recall >= 0.83', () => {
    const s = scoreHarm(devSet());
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall).toBeGreaterThanOrEqual(0.83);
  });
});
