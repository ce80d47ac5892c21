// Two shapes of question whose own words do not give their topic (cues in topic-lexicon.ts): one that asks the
// listener to choose, or to say how much they want to hear, answered with a preference whatever its options
// mention; and one that points back at what the sentence before it named ("Do you still feel that way?").

import { type Cue, compileCue, matchCue } from './question-cues.ts';
import { type Span, type Tok, wordsOf } from './question-tokens.ts';
import { ANAPHORA_CUES, CHOICE_CUES } from './topic-lexicon.ts';

const CHOICES: readonly Cue[] = CHOICE_CUES.map(compileCue);
const ANAPHORA: readonly Cue[] = ANAPHORA_CUES.map(compileCue);
/** "Which one of you is the wife?" asks who someone is, not for a choice. */
const ASKS_WHO: readonly Cue[] = ['which one of you|them', 'which of you|them'].map(compileCue);

/** Whether the sentence asks for a choice or a preference about information. */
export function asksChoice(toks: readonly Tok[], sentence: Span): boolean {
  return anyCue(CHOICES, toks, sentence) && !anyCue(ASKS_WHO, toks, sentence);
}

/** Whether the span refers back to something said before it ("that way", "like that", "still … it"). */
export function pointsBack(toks: readonly Tok[], span: Span): boolean {
  return anyCue(ANAPHORA, toks, span);
}

function anyCue(cues: readonly Cue[], toks: readonly Tok[], span: Span): boolean {
  const words = wordsOf(toks, span);
  for (let position = 0; position < words.length; position += 1) {
    for (const cue of cues) if (matchCue(cue, toks, words, position, span.end) >= 0) return true;
  }
  return false;
}
