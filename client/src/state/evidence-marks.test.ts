import { describe, expect, it } from 'vitest';
import type { ReviewedReport } from '../api/instruction-wire.ts';
import { evidenceByTurn, markQuotes } from './evidence-marks.ts';
import { fakeReport } from './fake-report.ts';

const marked = (text: string, quotes: string[]) =>
  markQuotes(text, quotes)
    .filter((s) => s.marked)
    .map((s) => s.text);

describe('markQuotes', () => {
  it('marks a quote where it is found, ignoring case, spacing and the style of quotation marks', () => {
    const text = 'I’m sorry.   What do YOU understand so far?';
    expect(marked(text, ['what do you understand'])).toEqual(['What do YOU understand']);
    expect(marked(text, ["i'm sorry"])).toEqual(['I’m sorry']);
    expect(marked(text, ['do you   understand so'])).toEqual(['do YOU understand so']);
  });

  it('keeps every character of the line, in order, and marks nothing for a quote it cannot find', () => {
    const text = 'The scan shows a mass.';
    const segments = markQuotes(text, ['no such words', '']);
    expect(segments).toEqual([{ text, marked: false }]);
    const both = markQuotes(text, ['scan', 'a mass']);
    expect(both.map((s) => s.text).join('')).toBe(text);
    expect(both.filter((s) => s.marked).map((s) => s.text)).toEqual(['scan', 'a mass']);
  });

  it('merges overlapping quotes into one marked piece', () => {
    expect(marked('I can see this is hard news', ['see this is', 'this is hard'])).toEqual([
      'see this is hard',
    ]);
  });
});

describe('evidenceByTurn', () => {
  it('lists each item whose evidence cites a turn, with its quote', () => {
    const report: ReviewedReport = fakeReport();
    const byTurn = evidenceByTurn(report);
    const all = [...byTurn.values()].flat();
    const quotes = report.rubrics.flatMap((r) => r.items.flatMap((i) => i.evidence));
    expect(all).toHaveLength(quotes.length);
    for (const { turn, quote } of quotes) {
      expect(byTurn.get(turn)?.some((mark) => mark.quote === quote)).toBe(true);
    }
  });
});
