import { describe, expect, it } from 'vitest';
import {
  ageRating,
  expectedScore,
  initialDifficulty,
  initialRatings,
  type RatingState,
  updateRatings,
  variantKey,
} from './rating.ts';

function state(
  overrides: Partial<RatingState['skills']> = {},
  difficulty = initialDifficulty(2),
): RatingState {
  return { skills: { ...initialRatings(), ...overrides }, difficulty };
}

describe('expectedScore', () => {
  it('is 50 % when rating equals difficulty and about 70 % at a 0.85 logit margin', () => {
    expect(expectedScore(0, 0)).toBe(0.5);
    expect(expectedScore(1.85, 1)).toBeCloseTo(0.7006, 4);
    expect(expectedScore(-1, 0)).toBeCloseTo(0.2689, 4);
  });
});

describe('initialRatings', () => {
  it('maps a 1-5 self-rating to (self - 3) * 0.6 with uncertainty 1, unrated skills to 0 with 1.2', () => {
    const r = initialRatings({ listening: 4, 'de-escalation': 1 });
    expect(r.listening).toEqual({ rating: expect.closeTo(0.6, 10), uncertainty: 1 });
    expect(r['de-escalation']).toEqual({ rating: expect.closeTo(-1.2, 10), uncertainty: 1 });
    expect(r['delivering-bad-news']).toEqual({ rating: 0, uncertainty: 1.2 });
  });

  it('starts levels 1, 2, 3 at difficulty -1, 0, +1', () => {
    expect([1, 2, 3].map((l) => initialDifficulty(l as 1 | 2 | 3).rating)).toEqual([-1, 0, 1]);
    expect(variantKey('breaking-news-cancer', 3)).toBe('breaking-news-cancer@3');
  });
});

describe('updateRatings', () => {
  it('worked example 1: a full score at even odds', () => {
    // r = 0, u = 1, d = 0, u_d = 0.5, s = 1.
    // E = 0.5; I = 2 * 0.25 = 0.5; v' = 1 / (1 + 0.5) = 2/3; r' = 0 + 2/3 * 2 * 0.5 = 0.6667;
    // u' = sqrt(2/3 + 0.02) = 0.8287.
    // Difficulty: I = 0.5; v' = 1 / (4 + 0.5) = 0.2222; d' = 0 - 0.2222 * 2 * 0.5 = -0.2222; u' = 0.4714.
    const s = state({ listening: { rating: 0, uncertainty: 1 } });
    const next = updateRatings(s, { listening: 1 });
    expect(next.expected.listening).toBe(0.5);
    expect(next.skills.listening.rating).toBeCloseTo(0.6667, 4);
    expect(next.skills.listening.uncertainty).toBeCloseTo(0.8287, 4);
    expect(next.difficulty.rating).toBeCloseTo(-0.2222, 4);
    expect(next.difficulty.uncertainty).toBeCloseTo(0.4714, 4);
    // Skills without an outcome are untouched.
    expect(next.skills['de-escalation']).toEqual(s.skills['de-escalation']);
  });

  it('worked example 2: a confident learner scores below expectation', () => {
    // r = 1, u = 0.5, d = 0, s = 0.5.
    // E = 1/(1+e^-1) = 0.7311; E(1-E) = 0.1966; I = 0.3932; v' = 1 / (4 + 0.3932) = 0.2276;
    // r' = 1 + 0.2276 * 2 * (0.5 - 0.7311) = 1 - 0.1052 = 0.8948; u' = sqrt(0.2276 + 0.02) = 0.4976.
    const next = updateRatings(state({ listening: { rating: 1, uncertainty: 0.5 } }), { listening: 0.5 });
    expect(next.expected.listening).toBeCloseTo(0.7311, 4);
    expect(next.skills.listening.rating).toBeCloseTo(0.8948, 4);
    expect(next.skills.listening.uncertainty).toBeCloseTo(0.4976, 4);
    // The variant turned out harder than expected: d rises.
    expect(next.difficulty.rating).toBeGreaterThan(0);
  });

  it('worked example 3: two skills move the variant by their mean residual, with a smaller step', () => {
    // Skills a = listening (r 0, u 1, s 1) and b = de-escalation (r 1, u 0.5, s 0.5); d = 0, u_d = 0.5.
    // Mean E = (0.5 + 0.7311) / 2 = 0.6155; E(1-E) = 0.2367; I = 0.4733; v' = 1 / (4 + 0.4733) = 0.2235;
    // mean residual = (0.5 + (0.5 - 0.7311)) / 2 = 0.1345; d' = 0 - 0.2235 * 2 * 0.1345 = -0.0601; u' = 0.4728.
    const next = updateRatings(
      state({ listening: { rating: 0, uncertainty: 1 }, 'de-escalation': { rating: 1, uncertainty: 0.5 } }),
      { listening: 1, 'de-escalation': 0.5 },
    );
    expect(next.skills.listening.rating).toBeCloseTo(0.6667, 4);
    expect(next.skills['de-escalation'].rating).toBeCloseTo(0.8948, 4);
    expect(next.difficulty.rating).toBeCloseTo(-0.0601, 4);
    expect(next.difficulty.uncertainty).toBeCloseTo(0.4728, 4);
  });

  it('takes smaller steps as evidence accumulates', () => {
    let s = state();
    const steps: number[] = [];
    for (let i = 0; i < 6; i++) {
      const next = updateRatings({ ...s, difficulty: initialDifficulty(2) }, { listening: 1 });
      steps.push(next.skills.listening.rating - s.skills.listening.rating);
      s = next;
    }
    for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeLessThan(steps[i - 1] as number);
  });

  it('changes nothing when the session assessed no skill, and clamps outcomes to [0,1]', () => {
    const s = state();
    expect(updateRatings(s, {})).toEqual({ ...s, expected: {} });
    const clamped = updateRatings(s, { listening: 1.4 });
    expect(clamped.skills.listening).toEqual(updateRatings(s, { listening: 1 }).skills.listening);
  });
});

describe('ageRating', () => {
  it('widens the uncertainty by 0.002 variance per day, up to the cold-start uncertainty', () => {
    // sqrt(0.25 + 30 * 0.002) = sqrt(0.31) = 0.5568
    expect(ageRating({ rating: 1, uncertainty: 0.5 }, 30).uncertainty).toBeCloseTo(0.5568, 4);
    expect(ageRating({ rating: 1, uncertainty: 0.5 }, 10_000).uncertainty).toBe(1);
    expect(ageRating({ rating: 1, uncertainty: 0.5 }, 0).uncertainty).toBe(0.5);
  });
});
