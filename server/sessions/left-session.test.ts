import { describe, expect, it } from 'vitest';
import { leftReasonAtEnd, leftReport } from './left-session.ts';

describe('a left session', () => {
  it('is one the learner opted out of, whatever they said, or one ended before a word was said', () => {
    expect(leftReasonAtEnd({ optOut: true, learnerSpoke: true })).toBe('opted_out');
    expect(leftReasonAtEnd({ optOut: true, learnerSpoke: false })).toBe('opted_out');
    expect(leftReasonAtEnd({ optOut: false, learnerSpoke: false })).toBe('no_words');
    expect(leftReasonAtEnd({ optOut: false, learnerSpoke: true })).toBeNull();
  });

  it('has a report that says plainly what happened and that nothing counted', () => {
    expect(leftReport('opted_out')).toEqual({
      left: 'opted_out',
      message: expect.stringMatching(/^You opted out of this session\. It was not graded/),
    });
    expect(leftReport('no_words').message).toMatch(/ended before anything was said.*progress/);
  });
});
