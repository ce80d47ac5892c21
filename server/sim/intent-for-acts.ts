// Which reply intent answers a learner's words: the first act present, in priority order, decides.

import type { LearnerAct } from '../content/acts.ts';
import type { ReplyIntent } from '../content/reply-intents.ts';

const TOPIC_QUESTION = 'topic-question';

/** Acts in priority order: the first act present in an utterance decides the reply intent. */
const INTENT_BY_ACT: ReadonlyArray<readonly [LearnerAct | typeof TOPIC_QUESTION, ReplyIntent]> = [
  ['threat-or-command', 'escalate'],
  ['dismissive', 'escalate'],
  // "What do you understand about why we did the biopsy?": a question about what they know is answered, whatever its words.
  ['perception-check', 'tell-understanding'],
  ['jargon', 'confused'],
  ['news-delivery', 'react-to-news'],
  ['warning-shot', 'brace'],
  ['premature-reassurance', 'doubt-reassurance'],
  // A question on a topic is answered on it before the softer acts around it ("That sounds hard. How's your sleep?").
  [TOPIC_QUESTION, 'answer-topic'],
  ['limit-setting', 'respond-to-limit'],
  // "Would you like me to go through it all, or would you rather stop there?": a choice about how much to hear is
  // answered with how much they want to hear, not weighed like a choice of treatment.
  ['invitation', 'state-preference'],
  ['offering-choices', 'consider-choice'],
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

/** The intent a character answers with, given the acts found in the learner's words and whether it was asked about a topic. */
export function intentForActs(
  acts: ReadonlySet<LearnerAct>,
  options: { topicAsked?: boolean } = {},
): ReplyIntent {
  for (const [act, intent] of INTENT_BY_ACT) {
    if (act === TOPIC_QUESTION ? options.topicAsked === true : acts.has(act)) return intent;
  }
  return 'fallback';
}
