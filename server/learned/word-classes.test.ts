import { describe, expect, it } from 'vitest';
import { classFeatures, wordClass } from './word-classes.ts';

describe('word classes', () => {
  it('puts words used alike in one class and leaves the commonest words themselves', () => {
    expect(wordClass('ridiculous')).not.toBeNull();
    expect(wordClass('ridiculous')).toBe(wordClass('absurd'));
    expect(wordClass('vomiting')).toBe(wordClass('nausea'));
    expect(wordClass('vomiting')).not.toBe(wordClass('ridiculous'));
    expect(wordClass('you')).toBeNull();
  });

  it('gives two wordings of one thing the same class features', () => {
    const one = classFeatures("You're being ridiculous");
    const other = classFeatures("You're being absurd");
    expect(one).toEqual(other);
    expect(one).toContain(`c:being ${wordClass('ridiculous')}`);
    expect(classFeatures('you are')).toEqual([]);
  });
});
