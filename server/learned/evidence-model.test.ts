import { describe, expect, it } from 'vitest';
import { loadRubricsOrThrow } from '../content/load-rubrics.ts';
import { gradeOffline } from '../grading/grade-offline.ts';
import { citeableAsShowing, withEvidenceModel } from './evidence-model.ts';
import type { LogisticModel } from './logistic-model.ts';

/** A model that has learned one thing: "so sorry" alone shows nothing. */
const doubtsValidation: LogisticModel = { bias: 2, threshold: 0.5, weights: { 'so sorry': -5, valid: -5 } };

const apology = {
  turns: [
    { index: 0, speaker: 'learner' as const, text: "I'm so sorry. Your feelings are completely valid." },
    { index: 1, speaker: 'patient' as const, text: 'Nobody told me anything.' },
    {
      index: 2,
      speaker: 'learner' as const,
      text: 'The result was missed, and I am sorry that happened to you.',
    },
  ],
};

describe('the evidence model', () => {
  it('doubts what it learned shows nothing, and cites everything without a model', () => {
    expect(citeableAsShowing('Your feelings are completely valid.', 'nurse', doubtsValidation)).toBe(false);
    expect(citeableAsShowing('That sounds frightening.', 'nurse', doubtsValidation)).toBe(true);
    expect(citeableAsShowing('Your feelings are completely valid.', 'nurse', null)).toBe(true);
  });

  it('keeps a doubted quote out of the evidence for good practice, leaving the score to the detectors', () => {
    const disclosure = loadRubricsOrThrow('rubrics').filter((r) => r.id === 'open-disclosure');
    const shown = (model: LogisticModel | null) =>
      withEvidenceModel(model, () => gradeOffline(apology, disclosure)).rubrics[0]?.items ?? [];
    const without = shown(null);
    const withModel = shown(doubtsValidation);
    const quotes = (items: typeof without) =>
      items.flatMap((i) => i.evidence.filter((q) => q.shows === true).map((q) => q.quote));
    expect(quotes(without)).toContain("I'm so sorry.");
    expect(quotes(withModel)).not.toContain("I'm so sorry.");
    expect(quotes(withModel).length).toBeGreaterThan(0);
    expect(withModel.map((i) => i.score)).toEqual(without.map((i) => i.score));
  });
});
