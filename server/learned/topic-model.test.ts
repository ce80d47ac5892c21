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

  it('hears someone to talk to at work as a question about support, where the cue lists hear work', () => {
    const text = 'Is there someone at work you can talk to?';
    expect(cueFocus(text).topic).toBe('work');
    expect(guessTopic(text, 'work')?.topic).toBe('support');
    expect(questionFocus(text).topic).toBe('support');
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

  it('names the topic where the cue lists found one, and gives one they found none for only when sure', () => {
    const unsure: TopicModel = { ...SHIPPED, threshold: 1.01 };
    // It heard the lists' topic among its features, so it weighs them even when unsure.
    expect(settleTopic('Is there someone at work you can talk to?', 'work', unsure)).toBe('support');
    expect(settleTopic('Is there someone at work you can talk to?', 'work')).toBe('support');
    expect(settleTopic('Is there someone at work you can talk to?', null, unsure)).toBeNull();
    expect(settleTopic('Is there someone at work you can talk to?', null)).toBe('support');
  });
});
