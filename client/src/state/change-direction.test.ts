import { describe, expect, it } from 'vitest';
import { AFFECT_GOOD_DIRECTION, judgeChange, SKILL_GOOD_DIRECTION } from './change-direction.ts';

describe('judgeChange', () => {
  it('calls anger and distress going down better, and going up worse', () => {
    for (const feeling of ['anger', 'distress'] as const) {
      expect(judgeChange(-0.3, AFFECT_GOOD_DIRECTION[feeling])).toBe('better');
      expect(judgeChange(0.2, AFFECT_GOOD_DIRECTION[feeling])).toBe('worse');
    }
  });

  it('calls trust going up better, and going down worse', () => {
    expect(judgeChange(0.15, AFFECT_GOOD_DIRECTION.trust)).toBe('better');
    expect(judgeChange(-0.15, AFFECT_GOOD_DIRECTION.trust)).toBe('worse');
  });

  it('calls a skill rating going up better', () => {
    expect(judgeChange(0.4, SKILL_GOOD_DIRECTION)).toBe('better');
    expect(judgeChange(-0.4, SKILL_GOOD_DIRECTION)).toBe('worse');
  });

  it('calls a change too small to show on the table unchanged', () => {
    expect(judgeChange(0, 'lower')).toBe('unchanged');
    expect(judgeChange(0.004, 'higher')).toBe('unchanged');
    expect(judgeChange(-0.004, 'lower')).toBe('unchanged');
  });
});
