import { describe, expect, it } from 'vitest';
import { questionKeys, sharedKeys, wordKeys } from './line-relevance.ts';

describe('line relevance', () => {
  it('keeps the words that say what a question is about, and matches their forms', () => {
    const keys = questionKeys('Do you smoke at all, or have you been drinking much?');
    expect([...keys].sort()).toEqual(['drin', 'smok']);
    expect(sharedKeys(wordKeys('Twenty a day. I smoked since I was fifteen.'), keys)).toBe(1);
    expect(sharedKeys(wordKeys('A pint on a Friday, that is all.'), keys)).toBe(0);
  });

  it('counts short words too, but not common ones', () => {
    expect([...questionKeys('Do you have a pet? How is your job?')].sort()).toEqual(['job', 'pet']);
    expect(sharedKeys(wordKeys('No pets. The landlord will not have them.'), questionKeys('Any pets?'))).toBe(
      1,
    );
    expect(
      sharedKeys(wordKeys('No pets. The landlord will not have them.'), questionKeys('Do you have a pet?')),
    ).toBe(1);
  });

  it('ignores words common to any question', () => {
    expect(questionKeys('How have you been, what do you think?').size).toBe(0);
  });
});
