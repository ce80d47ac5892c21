// Who a learner's turn is put to, as a learned second opinion on the director's rules (sim/director.ts): one
// logistic model scores each character in the room from what the rules chose and why, who spoke last, who was
// talked to in the last turns, the question's topic and person, and the turn's words and word classes, each beside
// the character's role. Trained by `npm run train:addressee` on the probe sets' labelled addressees (people who never
// saw the engine wrote them); it overrules the rules only when it is clearly surer of another character.

import trained from './addressee-model.json' with { type: 'json' };
import { type LogisticModel, modelWords, probability } from './logistic-model.ts';
import { modelSlot } from './model-slot.ts';
import { classFeatures } from './word-classes.ts';

export interface AddresseeModel extends Omit<LogisticModel, 'threshold'> {
  /** How much likelier than the rules' choice another character must be to be taken instead. */
  margin: number;
}

/** What `npm run train:addressee` wrote (null before it first ran). */
const SHIPPED = (trained as { model: AddresseeModel | null }).model;
/** The model the engine uses: the shipped one, but none while the training script plays the rules alone. */
const slot = modelSlot(SHIPPED);

/** Runs `fn` with `model` in place of the shipped model (for training and measuring it). */
export const withAddresseeModel = slot.use;

export interface Candidate {
  id: string;
  role: 'patient' | 'relative';
  /** Whether one of its names or address forms is in the turn. */
  mentioned: boolean;
}

export interface AddresseeContext {
  text: string;
  candidates: readonly Candidate[];
  leadId: string;
  lastCharacterSpeaker: string | null;
  recent: readonly { id: string; by: string }[];
  /** What the turn asks, as sim/question-focus.ts finds it. */
  focus: { asks: boolean; topic: string | null; about: string; relationWord: string | null };
  /** The rules' choice and why. */
  ruled: { characterId: string; reason: string };
}

/** One character's features: each fact about it and the turn, beside its role. */
export function candidateFeatures(context: AddresseeContext, candidate: Candidate): string[] {
  const { text, focus, ruled, recent } = context;
  const role = candidate.role;
  const facts: string[] = [`role`];
  if (ruled.characterId === candidate.id) facts.push('ruled', `ruled:${ruled.reason}`);
  else facts.push(`other:${ruled.reason}`);
  if (candidate.id === context.leadId) facts.push('lead');
  if (candidate.id === context.lastCharacterSpeaker) facts.push('spoke-last');
  if (candidate.mentioned) facts.push('mentioned');
  const last = recent.at(-1);
  if (last?.id === candidate.id) facts.push('asked-last', `asked-last:${last.by}`);
  if (recent.at(-2)?.id === candidate.id) facts.push('asked-before');
  facts.push(focus.asks ? `asks:${focus.topic ?? 'none'}` : 'tells', `about:${focus.about}`);
  if (focus.relationWord) facts.push('relation-word');
  const words = [...new Set(modelWords(text))].map((w) => `w:${w}`);
  return [...facts, ...words, ...classFeatures(text)].map((f) => `${role}|${f}`);
}

/** The model's probability that the turn is put to each candidate. */
export function addresseeScores(
  context: AddresseeContext,
  model: AddresseeModel | null = slot.current(),
): Map<string, number> {
  const scores = new Map<string, number>();
  if (!model) return scores;
  for (const c of context.candidates) scores.set(c.id, probability(model, candidateFeatures(context, c)));
  return scores;
}

/**
 * The character the turn is put to: the rules' choice, unless the model is surer of another by its margin. With one
 * character in the room, or no model shipped, the rules' choice.
 */
export function settleAddressee(
  context: AddresseeContext,
  model: AddresseeModel | null = slot.current(),
): string {
  if (!model || context.candidates.length < 2) return context.ruled.characterId;
  const scores = addresseeScores(context, model);
  const ruledScore = scores.get(context.ruled.characterId) ?? 0;
  let best = context.ruled.characterId;
  let bestScore = ruledScore;
  for (const [id, p] of scores)
    if (p > bestScore) {
      best = id;
      bestScore = p;
    }
  return bestScore - ruledScore >= model.margin ? best : context.ruled.characterId;
}
