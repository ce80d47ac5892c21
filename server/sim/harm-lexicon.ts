// Harmful things a clinician can say, by kind: threats, coercion, labelling the person, dismissing them, sarcasm,
// arguing, blaming and false promises. Kept as plain phrase lists (and a few shapes no list can enumerate), matched
// on one sentence's words at a time, so adding one is a one-line change and a finding can quote the sentence.
// The conversation engine hears them as acts (a threat never earns trust); the grader cites them and never counts
// a harmful sentence as evidence of good practice.

import type { LearnerAct } from '../content/acts.ts';
import { HARM_KINDS, type HarmKind } from '../content/harm-kinds.ts';
import { NAMES_THEIR_GUILT } from './act-cues-shared.ts';
import { HARM_PHRASES } from './harm-phrases.ts';
import { shapesOf } from './harm-shapes.ts';
import { paddedWords, splitSentences } from './utterance-shape.ts';

export { HARM_KINDS, type HarmKind } from '../content/harm-kinds.ts';

/** A sanction asked about as what they fear ("Are you worried they'll section you?") threatens nothing. */
const ASKED_AS_A_FEAR =
  / (?:are|were) you (?:worried|scared|afraid|frightened|anxious|concerned)\b| is that what (?:you're|you are) (?:worried|scared|afraid|frightened)\b| (?:worried|scared|afraid|frightened) (?:that )?(?:we|they|someone|somebody|people|the \w+)(?:'ll| will| might| may| are going to| would)\b/;

/** A sanction taken off the table: "Nobody's calling security", "I'm not going to call the police". */
const SANCTION_RULED_OUT =
  / (?:nobody|no one|i'm not|i am not|we're not|we are not|i won't|we won't|i will not|we will not)(?:'s| is)? (?:going to |gonna )?(?:call|calling|ring|ringing|get|getting|phone|phoning) (?:security|the police)\b/;

const HEDGE =
  / (?:can't|cannot|can not|won't|couldn't) (?:promise|say|pretend|guarantee|give (?:you )?(?:a |any )?(?:guarantee|promise))\b| i wish i could\b/;

/**
 * "You should have" said of what they were owed ("You should have had that scan in the spring"), of nothing they
 * could have done ("there's nothing either of you should have done differently"), or of their own guilt named back
 * ("as though you should have caught it sooner") owns a failing or hears a feeling rather than blames.
 */
const OWED_NOT_BLAMED = new RegExp(
  [
    / you should have (?:had|got|heard(?: back)?|been (?:given|offered|seen|told|sent|called|contacted|rung|referred|scanned|treated|kept))\b/,
    / (?:nothing|no way|not anything) (?:\w+ ){0,3}(?:you|either of you|he|she|they) (?:should|could) have\b/,
    new RegExp(` (?:${NAMES_THEIR_GUILT}) you should have\\b`),
  ]
    .map((r) => r.source)
    .join('|'),
);

/**
 * Blame lifted rather than laid: "Even if he had seen the GP last week, this can happen", "a drink at a wedding
 * before you knew did not cause this", their guilt given back ("you'll feel it's your own fault").
 */
const LIFTS_BLAME = new RegExp(
  [
    / even if (?:you|he|she|you.d|he.d|she.d)\b/,
    / (?:did not|didn't|does not|doesn't|would not|wouldn't|could not|couldn't|won't|will not) (?:have )?(?:cause|caused|change|changed|prevent|prevented) (?:this|it|that|any of (?:this|it))\b/,
    / (?:feel|feels|felt|feeling) (?:like |as if |as though )?(?:it's|it is|it was|it were|this is) (?:all )?(?:your|his|her|their) (?:own )?fault\b/,
  ]
    .map((r) => r.source)
    .join('|'),
);

/** Each kind's phrases as one pattern: a phrase between spaces (or before a question mark). */
const PHRASES_BY_KIND: ReadonlyArray<readonly [HarmKind, RegExp]> = HARM_KINDS.filter(
  // An empty list would make a pattern that matches every sentence.
  (kind) => HARM_PHRASES[kind].length > 0,
).map((kind) => [
  kind,
  new RegExp(
    ` (?:${HARM_PHRASES[kind].map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?= |\\?)`,
  ),
]);

/** Each kind's shapes as one pattern: one test per kind per sentence. */
const SHAPES_BY_KIND: ReadonlyArray<readonly [HarmKind, RegExp]> = HARM_KINDS.map((kind) => [
  kind,
  new RegExp(
    shapesOf(kind)
      .map((r) => `(?:${r.source})`)
      .join('|'),
  ),
]);

/** The act the conversation engine hears for each kind of harm. */
export const ACT_OF_HARM: Record<HarmKind, LearnerAct> = {
  threat: 'threat-or-command',
  coercion: 'threat-or-command',
  labelling: 'dismissive',
  dismissal: 'dismissive',
  sarcasm: 'dismissive',
  arguing: 'dismissive',
  blaming: 'dismissive',
  'false-promise': 'premature-reassurance',
  lecturing: 'dismissive',
};

export interface HarmfulSentence {
  /** The sentence as said. */
  text: string;
  kinds: HarmKind[];
}

/** The kinds of harm in one sentence (or any short text), in HARM_KINDS order. */
export function harmKindsIn(text: string): HarmKind[] {
  const padded = paddedWords(text);
  const found = new Set<HarmKind>();
  for (const [kind, phrases] of PHRASES_BY_KIND) if (phrases.test(padded)) found.add(kind);
  for (const [kind, shape] of SHAPES_BY_KIND) if (shape.test(padded)) found.add(kind);
  // "I can't promise it'll be fine" is honesty, not a promise.
  if (HEDGE.test(padded)) found.delete('false-promise');
  if (OWED_NOT_BLAMED.test(padded) || LIFTS_BLAME.test(padded)) found.delete('blaming');
  if (SANCTION_RULED_OUT.test(padded)) found.delete('threat');
  if (padded.includes('?') && ASKED_AS_A_FEAR.test(padded)) {
    found.delete('threat');
    found.delete('coercion');
  }
  return HARM_KINDS.filter((k) => found.has(k));
}

/** The sentences of an utterance that do harm, each with its kinds. */
export function harmfulSentences(text: string): HarmfulSentence[] {
  const out: HarmfulSentence[] = [];
  for (const sentence of splitSentences(text.replace(/[’‘]/g, "'"))) {
    // With its question mark: a question can name a sanction without threatening it.
    const kinds = harmKindsIn(`${sentence.text}${sentence.terminal === '?' ? '?' : ''}`);
    if (kinds.length > 0) out.push({ text: `${sentence.text.trim()}${sentence.terminal}`, kinds });
  }
  return out;
}

/** The acts an utterance's harm is heard as, sentence by sentence and across the whole (for shapes that span two). */
export function harmfulActsIn(text: string): LearnerAct[] {
  const sentences = harmfulSentences(text);
  const kinds = new Set(sentences.flatMap((sentence) => sentence.kinds));
  // Only a text of several sentences can hold a shape that spans two.
  if (kinds.size === 0 && /[.!?;:]\s+\S/.test(text.trim()))
    for (const kind of harmKindsIn(text)) kinds.add(kind);
  return [...new Set([...kinds].map((k) => ACT_OF_HARM[k]))];
}
