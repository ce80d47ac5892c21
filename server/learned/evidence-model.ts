// Whether a sentence the detectors cite as good practice really shows some skill, by a learned model over its words,
// word pairs and word classes and the rubric. Trained by `npm run train:evidence` on the blind grader sets' learner
// sentences, each labelled by its writer as showing a rubric item or not (and harmful or not); a quote it doubts is
// not cited as showing the item, and an item credited on doubted quotes alone is not credited
// (grading/grade-offline.ts).

import trained from './evidence-model.json' with { type: 'json' };
import { harmFeatures } from './harm-model.ts';
import { type LogisticModel, probability } from './logistic-model.ts';
import { modelSlot } from './model-slot.ts';

/** What `npm run train:evidence` wrote (null before it first ran). */
const SHIPPED = (trained as { model: LogisticModel | null }).model;
const slot = modelSlot(SHIPPED);

/** Runs `fn` with `model` in place of the shipped model (for training and measuring it). */
export const withEvidenceModel = slot.use;

export function evidenceFeatures(
  sentence: string,
  rubricId: string,
  words = harmFeatures(sentence),
): string[] {
  return [...words, `rubric:${rubricId}`];
}

/** The model's probability that the sentence shows a skill of the rubric (1 with no model). */
export function showsSkillProbability(
  sentence: string,
  rubricId: string,
  model = slot.current(),
  words = harmFeatures(sentence),
): number {
  return model ? probability(model, evidenceFeatures(sentence, rubricId, words)) : 1;
}

/**
 * Whether a quote may be cited as showing a skill: the model does not doubt it. (`words`: the sentence's
 * harmFeatures, when the caller already has them.)
 */
export function citeableAsShowing(
  sentence: string,
  rubricId: string,
  model = slot.current(),
  words = harmFeatures(sentence),
): boolean {
  return model === null || showsSkillProbability(sentence, rubricId, model, words) >= model.threshold;
}
