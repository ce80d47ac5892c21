// Multi-label agreement between expected and predicted act sets: per-act precision, recall, F1 and binary
// accuracy, plus micro-F1 and exact-match rate over the whole split.

import type { LearnerAct } from '../../server/content/acts.ts';
import { LEARNER_ACTS } from '../../server/content/acts.ts';

export interface LabelledPrediction {
  expected: readonly LearnerAct[];
  predicted: readonly LearnerAct[];
}

export interface ActMetrics {
  /** Utterances labelled with this act. */
  support: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of all utterances where presence/absence of this act was right. */
  accuracy: number;
}

export interface SplitMetrics {
  utterances: number;
  perAct: Record<LearnerAct, ActMetrics>;
  microPrecision: number;
  microRecall: number;
  microF1: number;
  /** Share of utterances whose predicted set equals the expected set exactly. */
  exactMatch: number;
}

// Conventions for empty denominators: nothing predicted and nothing expected counts as perfect.
function ratio(numerator: number, denominator: number, whenEmpty = 1): number {
  return denominator === 0 ? whenEmpty : numerator / denominator;
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Scores one split. */
export function computeMetrics(rows: readonly LabelledPrediction[]): SplitMetrics {
  const perAct = {} as Record<LearnerAct, ActMetrics>;
  let tpAll = 0;
  let fpAll = 0;
  let fnAll = 0;
  for (const act of LEARNER_ACTS) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const row of rows) {
      const expected = row.expected.includes(act);
      const predicted = row.predicted.includes(act);
      if (expected && predicted) tp += 1;
      else if (predicted) fp += 1;
      else if (expected) fn += 1;
    }
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    perAct[act] = {
      support: tp + fn,
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      precision,
      recall,
      f1: tp + fp + fn === 0 ? 1 : f1(precision, recall),
      accuracy: ratio(rows.length - fp - fn, rows.length),
    };
    tpAll += tp;
    fpAll += fp;
    fnAll += fn;
  }
  const microPrecision = ratio(tpAll, tpAll + fpAll);
  const microRecall = ratio(tpAll, tpAll + fnAll);
  const exact = rows.filter((row) => sameSet(row.expected, row.predicted)).length;
  return {
    utterances: rows.length,
    perAct,
    microPrecision,
    microRecall,
    microF1: tpAll + fpAll + fnAll === 0 ? 1 : f1(microPrecision, microRecall),
    exactMatch: ratio(exact, rows.length),
  };
}

function sameSet(a: readonly LearnerAct[], b: readonly LearnerAct[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((act) => right.has(act));
}
