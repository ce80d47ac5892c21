// Whether a quote a detector cites shows the very item it is cited for, by a learned model over its words and word
// classes taken with the item ("That sounds tough" may show empathy yet not naming). Trained by
// `npm run train:citations` on the detectors' own citations in the read blind grader sets, each right or wrong by its
// writer's labels; a quote it doubts is treated as the evidence model's doubts are (grading/grade-offline.ts).

import trained from './citation-model.json' with { type: 'json' };
import { harmFeatures } from './harm-model.ts';
import { type LogisticModel, probability } from './logistic-model.ts';

/** What `npm run train:citations` wrote (null before it first ran). */
const SHIPPED = (trained as { model: LogisticModel | null }).model;
let active: LogisticModel | null = SHIPPED;

/** Runs `fn` with `model` in place of the shipped model (for training and measuring it), until its promise settles. */
export function withCitationModel<T>(model: LogisticModel | null, fn: () => T): T {
  const before = active;
  active = model;
  let result: T;
  try {
    result = fn();
  } catch (error) {
    active = before;
    throw error;
  }
  if (result instanceof Promise) {
    return result.finally(() => {
      active = before;
    }) as T;
  }
  active = before;
  return result;
}

/** A quote's features, each also taken with the item it is cited for. */
export function citationFeatures(quote: string, rubricId: string, itemId: string): string[] {
  const item = `${rubricId}/${itemId}`;
  const words = harmFeatures(quote);
  return [...words, ...words.map((f) => `${item}|${f}`), `item:${item}`];
}

/** Whether the model lets the quote stand as evidence that it shows the item. */
export function citeableForItem(quote: string, rubricId: string, itemId: string, model = active): boolean {
  return model === null || probability(model, citationFeatures(quote, rubricId, itemId)) >= model.threshold;
}
