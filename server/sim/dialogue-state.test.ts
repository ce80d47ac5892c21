import { describe, expect, it } from 'vitest';
import { explainedTerms, nextStage, unexplainedJargon, usesUnsaidTerm } from './dialogue-state.ts';
import type { QuestionFocus } from './question-focus.ts';

const focus: QuestionFocus = {
  asks: false,
  topic: null,
  negated: false,
  about: 'unclear',
  relationWord: null,
  choice: false,
  offer: false,
};
const stage = (
  previous: Parameters<typeof nextStage>[0]['previous'],
  acts: string[],
  text: string,
  newsGiven = false,
) => nextStage({ previous, acts: new Set(acts as never[]), focus, newsGiven, text });

describe('the conversation stage', () => {
  it('moves from the opening through understanding to the news, and never back before it', () => {
    expect(stage('opening', ['greeting'], 'Hello.')).toBe('opening');
    expect(stage('opening', ['greeting', 'perception-check'], 'Hello. What do you know so far?')).toBe(
      'understanding',
    );
    expect(stage('understanding', ['news-delivery'], 'The scan shows a cancer.')).toBe('news');
    expect(stage('news', ['nurse-naming'], 'This is a shock.', true)).toBe('emotion');
    expect(
      stage('emotion', ['offering-choices'], 'We could talk about treatment now or next week.', true),
    ).toBe('planning');
    expect(stage('planning', ['open-question'], 'What else is on your mind?', true)).toBe('planning');
  });

  it('closes on words that close, not on "I can see you are upset"', () => {
    expect(stage('planning', [], "We'll see you next week. Take care.", true)).toBe('closing');
    expect(stage('emotion', ['nurse-naming'], "I can see you're upset.", true)).toBe('emotion');
  });
});

describe('explained words', () => {
  it('counts a medical word as explained when plain words follow it, and not otherwise', () => {
    expect(explainedTerms('It is metastatic, which means it has spread.')).toEqual(['metastatic']);
    expect(explainedTerms('It is metastatic.')).toEqual([]);
    // The term's noun named again in plain words: "the oncology team, the cancer specialists".
    expect(explainedTerms("You'll see the oncology team, the cancer specialists, next week.")).toEqual([
      'oncology',
    ]);
    expect(explainedTerms("You'll see the oncology team next week, and the nurse will call.")).toEqual([]);
    // Plain words set just before it, or the abbreviation spelt out before it.
    expect(explainedTerms("You'll see the cancer specialists, the oncology team, next week.")).toEqual([
      'oncology',
    ]);
    expect(explainedTerms("There's the patient advice and liaison service, PALS, who can help.")).toEqual([
      'pals',
    ]);
    expect(explainedTerms('Any questions, oncology will ring you.')).toEqual([]);
    expect(explainedTerms('The nurse rang, and the registrar said the biopsy was back.')).toEqual([]);
    expect(unexplainedJargon('Because it is metastatic we cannot operate.', new Set(['metastatic']))).toEqual(
      [],
    );
  });

  it('finds a word or phrase the learner has not yet said', () => {
    expect(usesUnsaidTerm('It has spread to the bones.', ['spread'])).toBe(true);
    expect(usesUnsaidTerm('It spreads butter.', ['spread'])).toBe(false);
    expect(usesUnsaidTerm('Under the Mental Health Act?', ['mental health act'])).toBe(true);
  });
});

describe('an abbreviation explained', () => {
  it('is understood from then on, in the plural too', () => {
    expect(explainedTerms("It's an RFO, which means a retained foreign object.")).toEqual(['rfo']);
    expect(explainedTerms('Are you on DOACs, which means blood thinners?')).toEqual(['doac']);
    expect(explainedTerms('Are you on DOACs?')).toEqual([]);
  });
});
