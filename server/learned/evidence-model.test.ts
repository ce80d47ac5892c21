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
      // The fault owned with no apology beside it (one would be cited too, and show it: see features.test.ts).
      text: 'The result was missed, and that should not have happened.',
    },
  ],
};

describe('the evidence model', () => {
  it('doubts what it learned shows nothing, and cites everything without a model', () => {
    expect(citeableAsShowing('Your feelings are completely valid.', 'nurse', doubtsValidation)).toBe(false);
    expect(citeableAsShowing('That sounds frightening.', 'nurse', doubtsValidation)).toBe(true);
    expect(citeableAsShowing('Your feelings are completely valid.', 'nurse', null)).toBe(true);
  });

  it('does not cite a doubted quote as good practice, and withdraws credit earned on doubted quotes alone', () => {
    const disclosure = loadRubricsOrThrow('rubrics').filter((r) => r.id === 'open-disclosure');
    const items = (model: LogisticModel | null) =>
      withEvidenceModel(model, () => gradeOffline(apology, disclosure)).rubrics[0]?.items ?? [];
    const item = (model: LogisticModel | null, id: string) => items(model).find((i) => i.id === id);
    expect(item(null, 'apologise')).toMatchObject({
      score: 1,
      evidence: [{ quote: "I'm so sorry.", shows: true }],
    });
    // Its only quote doubted, the apology is not shown: cited as not showing it, and said so.
    expect(item(doubtsValidation, 'apologise')).toMatchObject({
      score: 0,
      evidence: [{ quote: "I'm so sorry.", shows: false }],
    });
    expect(item(doubtsValidation, 'apologise')?.suggestion).toContain('did not show it clearly');
    // An item shown by a quote the model does not doubt keeps its score and quote.
    expect(item(doubtsValidation, 'acknowledge')).toEqual(item(null, 'acknowledge'));
  });
});
