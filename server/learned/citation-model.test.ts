import { describe, expect, it } from 'vitest';
import { loadRubricsOrThrow } from '../content/load-rubrics.ts';
import { gradeOffline } from '../grading/grade-offline.ts';
import { citationFeatures, citeableForItem, withCitationModel } from './citation-model.ts';

const naming = (model: Parameters<typeof withCitationModel>[0]) =>
  withCitationModel(model, () => {
    const rubrics = loadRubricsOrThrow('rubrics').filter((r) => r.id === 'nurse');
    const turns = [
      { index: 0, speaker: 'patient', text: "I keep thinking it's my fault. I can't stop shaking." },
      { index: 1, speaker: 'learner', text: 'You look really frightened.' },
    ];
    return gradeOffline({ turns }, rubrics).rubrics[0]?.items.find((i) => i.id === 'naming');
  });

describe('the citation model', () => {
  it('takes each word with the item it is cited for', () => {
    const features = citationFeatures('You look frightened.', 'nurse', 'naming');
    expect(features).toContain('item:nurse/naming');
    expect(features).toContain('nurse/naming|frightened');
    expect(features).toContain('frightened');
  });

  it('leaves out a quote it doubts for the item, and the credit stands', () => {
    const doubtsAll = { bias: -10, threshold: 0.5, weights: {} };
    const without = naming(null);
    const doubted = naming(doubtsAll);
    expect(without?.score).toBe(1);
    expect(without?.evidence.some((q) => q.shows === true)).toBe(true);
    expect(doubted?.score).toBe(without?.score);
    expect(doubted?.evidence.some((q) => q.shows === true)).toBe(false);
    expect(citeableForItem('You look really frightened.', 'nurse', 'naming', doubtsAll)).toBe(false);
  });

  it('restores the shipped model once an awaited run settles', async () => {
    const trustsAll = { bias: 10, threshold: 0.5, weights: {} };
    const doubtsAll = { bias: -10, threshold: 0.5, weights: {} };
    await withCitationModel(trustsAll, async () => {
      await withCitationModel(doubtsAll, async () => {
        await Promise.resolve();
        expect(citeableForItem('You look really frightened.', 'nurse', 'naming')).toBe(false);
      });
      expect(citeableForItem('You look really frightened.', 'nurse', 'naming')).toBe(true);
    });
  });
});
