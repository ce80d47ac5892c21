// A question that takes up the character's own words ("Who's Biscuit?", "What happened to your uncle?", "Which two
// are they?"): the character answers with the line, on any topic or from a fact it has already told, that speaks of
// what was asked about again, rather than with a line on the topic the question's other words suggest.

import type { ReplyIntent } from '../content/reply-intents.ts';
import { questionKeys } from './line-relevance.ts';

/** Intents whose line may give way to one that takes up the words asked about again. */
export const FOLLOWS_UP: readonly ReplyIntent[] = [
  'answer-topic',
  'answer-open',
  'answer-closed',
  'fallback',
  'follow-information',
  'feel-heard',
  'tell-understanding',
];

/** A word said in more of the character's lines than this names nothing in particular ("home", "mum"). */
export const RARE_IN_LINES = 3;

/**
 * Questions that ask after something just said: "Who's Biscuit?", "What happened to your uncle?", "Which two are
 * they?", "When you say you failed, what happened?", "Failed what?". ("You said…" may point to anything said, to
 * anyone, so it is no sign.)
 */
const ASKS_AFTER_WHAT_WAS_SAID =
  /\b(?:who(?:'s| is| was) [A-Z][a-z]+\b|what happened (?:to|with)|which (?:ones?|\w+ (?:are|is|was|were) (?:they|those|these|that|it))\b|when you say|^\w+ what\?)/;

export function asksAfterWhatWasSaid(learnerText: string): boolean {
  const text = learnerText.replace(/[‘’]/g, "'");
  return (
    text.includes('?') &&
    ASKS_AFTER_WHAT_WAS_SAID.test(text.replace(/\b(?:Which|When|What)\b/g, (w) => w.toLowerCase()))
  );
}

/**
 * The words of the learner's question that the character itself said in its last reply: what the question asks
 * about again. Only for a question that asks after something said (the reply's words are read only then).
 */
export function followUpKeys(learnerText: string, lastReply: string | undefined): Set<string> {
  if (!lastReply || !asksAfterWhatWasSaid(learnerText)) return new Set();
  const said = questionKeys(lastReply);
  return new Set([...questionKeys(learnerText)].filter((key) => said.has(key)));
}
