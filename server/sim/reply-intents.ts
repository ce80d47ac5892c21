// What a character does in reply, chosen from the learner's acts. Authored lines in a scenario are keyed by
// intent and then by affect band, so the offline engine can answer in character.

import type { LearnerAct } from './acts.ts';

export const REPLY_INTENTS = [
  'greet',
  'tell-understanding',
  'answer-open',
  'answer-closed',
  'state-preference',
  'brace',
  'react-to-news',
  'confused',
  'feel-heard',
  'feel-respected',
  'doubt-reassurance',
  'respond-to-limit',
  'consider-choice',
  'escalate',
  'confirm-summary',
  'follow-information',
  'fallback',
  // Spoken by a relative who cuts in unasked, usually because the patient is overwhelmed.
  'interject',
  // A short cut-in an angry character puts before its reply when the learner talks at length.
  'interrupt',
] as const;

export type ReplyIntent = (typeof REPLY_INTENTS)[number];

/** Acts in priority order: the first act present in an utterance decides the reply intent. */
const INTENT_BY_ACT: ReadonlyArray<readonly [LearnerAct, ReplyIntent]> = [
  ['threat-or-command', 'escalate'],
  ['dismissive', 'escalate'],
  ['jargon', 'confused'],
  ['news-delivery', 'react-to-news'],
  ['warning-shot', 'brace'],
  ['premature-reassurance', 'doubt-reassurance'],
  ['limit-setting', 'respond-to-limit'],
  ['offering-choices', 'consider-choice'],
  ['perception-check', 'tell-understanding'],
  ['invitation', 'state-preference'],
  ['nurse-exploring', 'feel-heard'],
  ['nurse-naming', 'feel-heard'],
  ['nurse-understanding', 'feel-heard'],
  ['nurse-respecting', 'feel-respected'],
  ['nurse-supporting', 'feel-respected'],
  ['apology', 'feel-respected'],
  ['summary', 'confirm-summary'],
  ['open-question', 'answer-open'],
  ['closed-question', 'answer-closed'],
  ['information', 'follow-information'],
  ['greeting', 'greet'],
];

/** The intent a character answers with, given the acts found in the learner's words. */
export function intentForActs(acts: ReadonlySet<LearnerAct>): ReplyIntent {
  for (const [act, intent] of INTENT_BY_ACT) if (acts.has(act)) return intent;
  return 'fallback';
}
