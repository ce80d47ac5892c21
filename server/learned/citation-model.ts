// Whether a quote a detector cites shows the very item it is cited for, by a learned model over its words and word
// classes taken with the item ("That sounds tough" may show empathy yet not naming). Trained by
// `npm run train:citations` on the detectors' own citations in the read blind grader sets, each right or wrong by its
// writer's labels; a quote it doubts is treated as the evidence model's doubts are (grading/grade-offline.ts).

import trained from './citation-model.json' with { type: 'json' };
import { harmFeatures } from './harm-model.ts';
import { type LogisticModel, probability } from './logistic-model.ts';
import { modelSlot } from './model-slot.ts';

/** What `npm run train:citations` wrote (null before it first ran). */
const SHIPPED = (trained as { model: LogisticModel | null }).model;
const slot = modelSlot(SHIPPED);

/** Runs `fn` with `model` in place of the shipped model (for training and measuring it), until its promise settles. */
export const withCitationModel = slot.use;

/** A quote's features, each also taken with the item it is cited for. */
export function citationFeatures(
  quote: string,
  rubricId: string,
  itemId: string,
  words = harmFeatures(quote),
): string[] {
  const item = `${rubricId}/${itemId}`;
  return [...words, ...words.map((f) => `${item}|${f}`), `item:${item}`];
}

/** Whether the model lets the quote stand as evidence that it shows the item (`words`: its harmFeatures, if known). */
export function citeableForItem(
  quote: string,
  rubricId: string,
  itemId: string,
  model = slot.current(),
  words = harmFeatures(quote),
): boolean {
  return (
    model === null || probability(model, citationFeatures(quote, rubricId, itemId, words)) >= model.threshold
  );
}
