import { describe, expect, it } from 'vitest';
import { analyseSentence, type Sentence, sentenceShape, splitSentences } from './utterance-shape.ts';

const shapeOf = (text: string) => splitSentences(text).map(sentenceShape);

describe('splitSentences', () => {
  it('splits on sentence and clause punctuation but not after titles', () => {
    const sentences = splitSentences(
      'Hi, I’m Dr. Lee. Is it okay if I sit down? Let me check: you came by car',
    );
    expect(sentences.map((s: Sentence) => [s.text, s.terminal])).toEqual([
      ['Hi, I’m Dr. Lee', '.'],
      ['Is it okay if I sit down', '?'],
      ['Let me check', ':'],
      ['you came by car', ''],
    ]);
  });

  it('drops empty fragments', () => {
    expect(splitSentences(' ... ?! ')).toEqual([]);
  });
});

describe('sentenceShape', () => {
  it('tells open from closed questions', () => {
    expect(shapeOf('What have you been told?')).toEqual(['open']);
    expect(shapeOf('How long have you been waiting?')).toEqual(['closed']);
    expect(shapeOf('Do you know why you had the scan?')).toEqual(['closed']);
    expect(shapeOf('Before we start, what do you know already?')).toEqual(['open']);
  });

  it('treats "can you tell me" as open unless it asks if/whether', () => {
    expect(shapeOf('Can you tell me what happened?')).toEqual(['open']);
    expect(shapeOf('Can you tell me whether it hurts?')).toEqual(['closed']);
    expect(shapeOf('I wonder how you are coping.')).toEqual(['open']);
    expect(shapeOf('I wonder if you have any questions.')).toEqual(['closed']);
  });

  it('treats requests for an action as requests, not questions', () => {
    expect(shapeOf('Could you please just calm down?')).toEqual(['request']);
  });

  it('reads question form in unpunctuated transcripts', () => {
    expect(shapeOf('how are you feeling')).toEqual(['open']);
    expect(shapeOf("hi I'm Sam what have they told you")).toEqual(['open']);
    expect(shapeOf('the scan is back')).toEqual(['statement']);
  });

  it('counts a declarative with a question mark as closed, and a lone "sorry?" as neither', () => {
    expect(shapeOf('She fell on Tuesday and nobody called you?')).toEqual(['closed']);
    expect(shapeOf('Sorry?')).toEqual(['statement']);
  });

  it('reads a negative auxiliary as a question only with its subject', () => {
    expect(shapeOf("don't worry he's going to be fine")).toEqual(['statement']);
    expect(shapeOf("Don't you think she looks better?")).toEqual(['closed']);
  });

  it('hears invitations to talk as open, and "can we sit down?" as a question', () => {
    expect(shapeOf('Would you like to tell me what happened last night?')).toEqual(['open']);
    expect(shapeOf('Can you help me understand what is upsetting you?')).toEqual(['open']);
    expect(shapeOf('Can we sit down?')).toEqual(['closed']);
    expect(shapeOf('Can we keep it down a little?')).toEqual(['request']);
  });

  it('says where the question starts after statements in the same sentence', () => {
    const [runOn] = splitSentences('the scan shows it has spread do you want me to go on');
    expect(runOn && analyseSentence(runOn)).toEqual({ shape: 'closed', questionAt: 29 });
    const [tagged] = splitSentences('You came by ambulance, is that right?');
    expect(tagged && analyseSentence(tagged)).toEqual({ shape: 'closed', questionAt: 23 });
    const [plain] = splitSentences('She fell on Tuesday and nobody called you?');
    expect(plain && analyseSentence(plain)).toEqual({ shape: 'closed', questionAt: -1 });
  });

  it('does not take a subordinate "when" clause for a question', () => {
    expect(shapeOf("When you say you're not coping, what do you mean?")).toEqual(['open']);
  });
});
