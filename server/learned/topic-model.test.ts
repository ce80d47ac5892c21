import { describe, expect, it } from 'vitest';
import { TOPICS } from '../content/topics.ts';
import { cueFocus, questionFocus } from '../sim/question-focus.ts';
import { guessTopic, SHIPPED, settleTopic, type TopicModel } from './topic-model.ts';

describe('the learned topic model', () => {
  it('ships a model for every topic and an overruling threshold between 0 and 1', () => {
    const model = SHIPPED;
    expect(Object.keys(model.topics).sort()).toEqual([...TOPICS].sort());
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
  });

  it('hears who is at home as a question about family, where the cue lists hear the home', () => {
    const text = "Who's at home with you?";
    expect(cueFocus(text).topic).toBe('home');
    expect(guessTopic(text, 'home')?.topic).toBe('family');
    expect(questionFocus(text).topic).toBe('family');
  });

  it('finds a topic the cue lists missed, when sure enough', () => {
    const text = 'Tell me about Tuesday.';
    const guess = guessTopic(text, null);
    expect(guess?.probability).toBeGreaterThanOrEqual(SHIPPED.threshold);
    expect(settleTopic(text, null)).toBe(guess?.topic);
    expect(settleTopic(text, null, { ...SHIPPED, threshold: 1.01 })).toBeNull();
  });

  it('leaves offers and choices without a topic, whatever the model guesses', () => {
    expect(questionFocus('Fancy a cup of tea?').topic).toBeNull();
    expect(questionFocus('Which of those feels right to you?').topic).toBeNull();
  });

  it('overrules the cue lists only when sure', () => {
    const unsure: TopicModel = { ...SHIPPED, threshold: 1.01 };
    expect(settleTopic("Who's at home with you?", 'home', unsure)).toBe('home');
    expect(settleTopic("Who's at home with you?", 'home')).toBe('family');
  });
});
