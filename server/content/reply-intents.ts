// What a character does in reply. Authored lines in a scenario are keyed by intent and then by affect band, so the
// offline engine can answer in character; which intent answers which acts is the simulation's
// (`server/sim/intent-for-acts.ts`).

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
  // Answers a question on a topic from the character's `topics:` lines (or deflects, or honestly does not know).
  'answer-topic',
  // Spoken by someone who just heard a fact that had been kept from them.
  'react-to-reveal',
  // Says their name when asked it (built from the character's name, then any greeting).
  'give-name',
  'fallback',
  // Spoken by a relative who cuts in unasked, usually because the patient is overwhelmed.
  'interject',
  // A short cut-in an angry character puts before its reply when the learner talks at length.
  'interrupt',
] as const;

export type ReplyIntent = (typeof REPLY_INTENTS)[number];
