import { describe, expect, it } from 'vitest';
import { fakeReport } from './fake-report.ts';
import { formatPercent, keyMetrics, scoreLabel } from './feedback.ts';

describe('how a report reads', () => {
  it('names scores in words, with ordinal middles as Partly', () => {
    expect([1, 0.75, 0.5, 0, null].map(scoreLabel)).toEqual([
      'Done',
      'Partly',
      'Partly',
      'Not done',
      'Not assessed',
    ]);
    expect(formatPercent(0.625)).toBe('63%');
  });

  it('picks out the key metrics', () => {
    const shown = Object.fromEntries(
      keyMetrics(fakeReport().metrics).map((m) => [m.id, [m.value, m.detail]]),
    );
    expect(shown).toEqual({
      'word-share': ['30%', '30 of 100 words'],
      questions: ['1 open · 2 closed', null],
      reflections: ['2', '1 complex'],
      continuers: ['1 of 2', null],
      jargon: ['1', 'metastatic'],
    });
  });
});
