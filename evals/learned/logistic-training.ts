// Fits the small logistic-regression models that ship as JSON beside the code using them (server/learned/): plain
// batch gradient descent with L2, rare features left out (by default those seen fewer than three times), and a
// threshold chosen by cross-validation on the training examples alone. Deterministic: the same examples give the
// same weights.

import { type LogisticModel, probability } from '../../server/learned/logistic-model.ts';

export interface Example {
  text: string;
  features: string[];
  positive: boolean;
}

const RATE = 1;
const L2 = 0.0005;

export interface FitOptions {
  /** Passes over the examples. @default 200 */
  epochs?: number;
  /** Features seen fewer times than this are left out. @default 3 */
  minCount?: number;
}

export function fitModel(
  examples: readonly Example[],
  { epochs = 200, minCount = 3 }: FitOptions = {},
): Omit<LogisticModel, 'threshold'> {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts]
    .filter(([, n]) => n >= minCount)
    .map(([f]) => f)
    .sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const rows = examples.map((e) => ({
    ids: e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined),
    y: e.positive ? 1 : 0,
  }));
  const w = new Float64Array(vocab.length);
  let bias = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = new Float64Array(vocab.length);
    let gradBias = 0;
    for (const row of rows) {
      let z = bias;
      for (const i of row.ids) z += w[i] as number;
      const error = 1 / (1 + Math.exp(-z)) - row.y;
      gradBias += error;
      for (const i of row.ids) grad[i] = (grad[i] as number) + error;
    }
    bias -= (RATE * gradBias) / rows.length;
    for (let i = 0; i < w.length; i++) {
      w[i] = (w[i] as number) - RATE * ((grad[i] as number) / rows.length + L2 * (w[i] as number));
    }
  }
  const weights: Record<string, number> = {};
  vocab.forEach((f, i) => {
    const v = Math.round((w[i] as number) * 1000) / 1000;
    if (Math.abs(v) >= 0.02) weights[f] = v;
  });
  return { bias: Math.round(bias * 1000) / 1000, weights };
}

/** The threshold that maximises Cohen's kappa in 5-fold cross-validation on the training half. */
export function chooseThreshold(examples: readonly Example[], folds = 5): number {
  const scored: { p: number; y: boolean }[] = [];
  for (let k = 0; k < folds; k++) {
    const model = { ...fitModel(examples.filter((_, i) => i % folds !== k)), threshold: 0.5 };
    for (const e of examples.filter((_, i) => i % folds === k)) {
      scored.push({ p: probability(model, e.features), y: e.positive });
    }
  }
  let best = { t: 0.5, kappa: -1 };
  for (let t = 0.2; t <= 0.8; t += 0.025) {
    const k = kappa(scored.map((s) => [s.y, s.p >= t]));
    if (k > best.kappa) best = { t: Math.round(t * 1000) / 1000, kappa: k };
  }
  return best.t;
}

export function kappa(pairs: readonly (readonly [boolean, boolean])[]): number {
  const n = pairs.length;
  const agree = pairs.filter(([a, b]) => a === b).length / n;
  const pa = pairs.filter(([a]) => a).length / n;
  const pb = pairs.filter(([, b]) => b).length / n;
  const expected = pa * pb + (1 - pa) * (1 - pb);
  return expected === 1 ? 1 : (agree - expected) / (1 - expected);
}
