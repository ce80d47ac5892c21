// A question that takes up the character's own words ("Who's Biscuit?", "What happened to your uncle?", "Which two
// are they?"): the character answers with the line, on any topic or from a fact it has already told, that speaks of
// what was asked about again, rather than with a line on the topic the question's other words suggest.

import type { AffectBand } from '../content/affect-types.ts';
import type { ReplyIntent } from '../content/reply-intents.ts';
import type { AuthoredLine, Character, HiddenFact, LinesByBand } from '../content/scenario-schema.ts';
import { TOPICS } from '../content/topics.ts';
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

export interface LinePool {
  keyPrefix: string;
  lines: readonly AuthoredLine[];
}

/**
 * Questions that ask after something just said: "Who's Biscuit?", "What happened to your uncle?", "Which two are
 * they?", "When you say you failed, what happened?". ("You said…" may point to anything said, to anyone, so it is
 * no sign.)
 */
const ASKS_AFTER_WHAT_WAS_SAID =
  /\b(?:who(?:'s| is| was) [A-Z][a-z]+\b|what happened (?:to|with)|which (?:ones?|\w+ (?:are|is|was|were) (?:they|those|these|that|it))\b|when you say)/;

export function asksAfterWhatWasSaid(learnerText: string): boolean {
  const text = learnerText.replace(/[‘’]/g, "'");
  return (
    text.includes('?') &&
    ASKS_AFTER_WHAT_WAS_SAID.test(text.replace(/\b(?:Which|When|What)\b/g, (w) => w.toLowerCase()))
  );
}

/**
 * The words of the learner's question that the character itself said in its last reply: what the question asks
 * about again. Only for a question that asks after something said.
 */
export function followUpKeys(learnerText: string, lastReply: ReadonlySet<string> | undefined): Set<string> {
  if (!asksAfterWhatWasSaid(learnerText) || !lastReply || lastReply.size === 0) return new Set();
  return new Set([...questionKeys(learnerText)].filter((key) => lastReply.has(key)));
}

/** Every line the character may answer with in this state: each topic's lines, and the facts it has told. */
export function followUpPools(
  character: Character,
  band: AffectBand,
  revealed: ReadonlySet<string>,
): LinePool[] {
  const pools: LinePool[] = [];
  const add = (lines: LinesByBand | undefined, prefix: string) => {
    for (const key of [band, 'any'] as const) {
      const list = lines?.[key];
      if (list && list.length > 0) pools.push({ keyPrefix: `${prefix}.${key}`, lines: list });
    }
  };
  for (const topic of TOPICS) add(character.topics[topic], `topic.${topic}`);
  for (const fact of character.hidden as readonly HiddenFact[])
    if (revealed.has(fact.id)) pools.push({ keyPrefix: `reveal.${fact.id}`, lines: fact.lines });
  return pools;
}
