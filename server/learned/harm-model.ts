// Whether a sentence does harm, and of which kind, by a learned model: a logistic model for "harmful at all" and one
// per kind to name it, over words and word pairs. Trained by `npm run train:harm` on sentences labelled by people
// who never saw the phrase lists (evals/harm) and on ordinary clinical talk; the conversation engine asks it about
// what the lists do not hear (sim/heard-acts.ts), most often harm put in words of its own.

import { HARM_KINDS, type HarmKind } from '../content/harm-kinds.ts';
import gradingTrained from './grading-harm-model.json' with { type: 'json' };
import trained from './harm-model.json' with { type: 'json' };
import { type LogisticModel, modelFeatures, probability } from './logistic-model.ts';
import { classFeatures } from './word-classes.ts';

export interface HarmModel {
  /** "Harmful at all", with the probability at or above which a sentence is called harmful. */
  harm: LogisticModel;
  /** One model per kind, to name the kind of a sentence called harmful. */
  kinds: Partial<Record<HarmKind, Omit<LogisticModel, 'threshold'>>>;
}

/** What `npm run train:harm` wrote: what the conversation engine hears. */
export const SHIPPED_HARM_MODEL = trained as unknown as HarmModel;
/**
 * What `npm run train:grading-harm` wrote: what the grader hears, trained on graded transcripts' sentences and held to
 * the phrase lists' precision on those left out.
 */
export const GRADING_HARM_MODEL = gradingTrained as unknown as HarmModel;

/** A sentence's features: its words and word pairs, and the same with words put in their classes. */
export function harmFeatures(text: string): string[] {
  return [...modelFeatures(text), ...classFeatures(text)];
}

/** The model's probability that a sentence does harm. */
export function harmProbability(text: string, model: HarmModel = SHIPPED_HARM_MODEL): number {
  return probability(model.harm, harmFeatures(text));
}

/**
 * What follows a good result ("If the scan's clear, you'll be out of here well before then") promises, if anything;
 * both models, hearing "you'll be out of here", took it for a threat.
 */
const HOPEFUL_CONDITION =
  /^(?:and |so |but )?if (?:the |your |his |her )?(?:scan|results?|tests?|bloods?|x-ray|ct)(?:'s| is| are| comes? back| come back)? (?:clear|normal|fine|ok|okay|all right|alright|good)\b/i;

/** The kind of harm a sentence does, by the model, or null when the model does not call it harmful. */
export function learnedHarmKind(text: string, model: HarmModel = SHIPPED_HARM_MODEL): HarmKind | null {
  if (HOPEFUL_CONDITION.test(text)) return null;
  const features = harmFeatures(text);
  if (probability(model.harm, features) < model.harm.threshold) return null;
  let best: { kind: HarmKind; p: number } | null = null;
  for (const kind of HARM_KINDS) {
    const weights = model.kinds[kind];
    if (!weights) continue;
    const p = probability(weights, features);
    if (!best || p > best.p) best = { kind, p };
  }
  return best?.kind ?? null;
}
