import { describe, expect, it } from 'vitest';
import { answersOn } from './metrics.ts';

describe('answersOn', () => {
  it('counts a line on the topic, a neighbouring topic that counts as it, and intents written as answers', () => {
    expect(answersOn({ intent: 'answer-topic', meta: { topic: 'sleep' } }, 'sleep')).toBe(true);
    expect(answersOn({ intent: 'answer-topic', meta: { topic: 'symptoms' } }, 'pain')).toBe(true);
    expect(answersOn({ intent: 'tell-understanding', meta: {} }, 'understanding')).toBe(true);
    expect(answersOn({ intent: 'answer-topic', meta: { topic: 'home' } }, 'family')).toBe(false);
  });

  it('counts weighing a choice as an answer on their wishes, which the brief says include choices', () => {
    expect(answersOn({ intent: 'consider-choice', meta: {} }, 'wishes')).toBe(true);
    expect(answersOn({ intent: 'consider-choice', meta: {} }, 'family')).toBe(false);
  });

  it('counts agreeing or not as an answer on a plan put to them, which the brief says includes what they agree to', () => {
    const agreed = { intent: 'answer-closed', meta: {} };
    expect(answersOn(agreed, 'plan', 'A brew and a room with a window. Can we try that?')).toBe(true);
    expect(answersOn(agreed, 'plan', 'What happens next, do you think?')).toBe(false);
    expect(answersOn(agreed, 'wishes', 'A brew and a room with a window. Can we try that?')).toBe(false);
  });
});
