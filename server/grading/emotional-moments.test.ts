import { describe, expect, it } from 'vitest';
import { findEmotion } from './emotional-moments.ts';

describe('emotional moments in what a character says', () => {
  it.each([
    ["I was thinking, I can't do this any more.", 'despair'],
    ["I think this is it, isn't it? I'm on my way out.", 'despair'],
    ["I thought he was dying. I couldn't do anything.", 'fear'],
    ["I don't feel ready to take him home.", 'fear'],
    ["I'm not stabbing myself four times a day. I hate this.", 'sadness'],
    ["Not today. I can't today.", 'sadness'],
    ["Spread? Is that cancer? Are you saying I've got cancer?", 'shock'],
    ["(silent) My wife's just gone to get a coffee.", 'sadness'],
    ['(shakes head)', 'sadness'],
    ['We lost him in March.', 'sadness'],
    ['He was so proud. How do I tell him? (cries) Nine years.', 'sadness'],
    ["(long silence) Raj's kidney. My brother gave me that kidney.", 'sadness'],
    ["Right. (laughs, then covers her face) Sorry. I don't know why I laughed.", 'sadness'],
  ])('hears "%s" as %s', (text, kind) => {
    expect(findEmotion(text)?.kind).toBe(kind);
  });

  it.each([
    'Yes. We want to know.',
    'Main points. Carol can ask the rest.',
    'My daughter is driving down from Carlisle.',
    '(pause) Go on.',
    'Sorry, mate, lost that. Say it again?',
    "I didn't even cry. I just thought, of course.",
    "I'd be lost without the car.",
    // Heard by a learner using the product (thirteenth session): appetite, and food not faced, are no grief.
    "My appetite's gone. I've lost weight, I think.",
    "The food I can't face.",
  ])('finds none in "%s"', (text) => {
    expect(findEmotion(text)).toBeNull();
  });
});

describe('findEmotion on feelings a learner met and the grader missed', () => {
  it.each([
    ['My hands are shaking. Look at that. Sixty-six and my hands are shaking.', 'fear'],
    ["Guilty, if I'm honest. Like I've let everyone down by getting ill.", 'sadness'],
    ['Part of me wants it all to stop.', 'despair'],
    ["I don't know if I'm safe at home tonight. That's the part that scares me.", 'fear'],
    ["I can't stop going over it.", 'sadness'],
    ['I feel about twelve years old. I want my mother.', 'sadness'],
    ["I'll have let that kid down again.", 'sadness'],
    ["Like I'm a weight on everyone. Like they'd all be lighter without me.", 'despair'],
    ["Some nights I just think it'd be easier not to wake up.", 'despair'],
  ])('finds one in "%s"', (text, kind) => {
    expect(findEmotion(text)?.kind).toBe(kind);
  });
});
