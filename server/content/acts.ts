// The closed set of things a learner utterance can do, shared by the classifier, the affect model,
// the director and the offline engine. An utterance usually carries several acts at once.

export const LEARNER_ACTS = [
  'greeting',
  'open-question',
  'closed-question',
  'perception-check',
  'invitation',
  'warning-shot',
  'news-delivery',
  'jargon',
  'nurse-naming',
  'nurse-understanding',
  'nurse-respecting',
  'nurse-supporting',
  'nurse-exploring',
  'premature-reassurance',
  'limit-setting',
  'offering-choices',
  'threat-or-command',
  'summary',
  'information',
  'dismissive',
  'apology',
] as const;

export type LearnerAct = (typeof LEARNER_ACTS)[number];

/** One label on an utterance, with the classifier's confidence in [0,1]. */
export interface ClassifiedAct {
  act: LearnerAct;
  confidence: number;
}

export const EMPATHY_ACTS: readonly LearnerAct[] = [
  'nurse-naming',
  'nurse-understanding',
  'nurse-respecting',
  'nurse-supporting',
  'nurse-exploring',
];

export function isLearnerAct(value: string): value is LearnerAct {
  return (LEARNER_ACTS as readonly string[]).includes(value);
}

/** An act counts as present when its confidence reaches this. */
export const ACT_THRESHOLD = 0.5;

/** Whether an act is present (at or above the threshold) in a classified utterance. */
export function hasAct(acts: readonly ClassifiedAct[], act: LearnerAct): boolean {
  return acts.some((a) => a.act === act && a.confidence >= ACT_THRESHOLD);
}
