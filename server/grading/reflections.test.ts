import { describe, expect, it } from 'vitest';
import { findReflections } from './reflections.ts';

describe('findReflections', () => {
  it('finds reflections the patterns know and ones only the learned detector knows', () => {
    expect(findReflections("It sounds like you've had a really rough week.")).toHaveLength(1);
    expect(findReflections('Starting something new can bring up a lot of feelings.')).toHaveLength(1);
  });

  it('leaves questions, advice and plain information alone', () => {
    expect(findReflections('How many cigarettes do you smoke a day?')).toEqual([]);
    expect(findReflections('You need to stop smoking.')).toEqual([]);
    expect(findReflections('The clinic opens at nine on Monday.')).toEqual([]);
  });
});
