// Deterministic detectors for the NURSE rubric: emotional moments and the empathic statements that meet them.

import type { LearnerAct } from '../content/acts.ts';
import type { Detector, RubricDetectors } from './detector-types.ts';
import { fewTerminators, metWithContinuers } from './detectors-emotion.ts';
import { distressEased } from './detectors-outcome.ts';
import { quoteShowing } from './showing.ts';

function statementType(act: LearnerAct, label: string): Detector {
  return (f) => {
    const found = f.learner.filter((l) => l.acts.has(act));
    return found.length > 0
      ? {
          score: 1,
          evidence: found.slice(0, 2).map((l) => quoteShowing(l, act)),
          anchor: `You used ${label} ${found.length === 1 ? 'once' : `${found.length} times`}.`,
        }
      : { score: 0, evidence: [], anchor: `You did not use ${label}.` };
  };
}

export const NURSE_DETECTORS: RubricDetectors = {
  continuers: metWithContinuers,
  naming: statementType('nurse-naming', 'a naming statement'),
  understanding: statementType('nurse-understanding', 'an understanding statement'),
  respecting: statementType('nurse-respecting', 'a respecting statement'),
  supporting: statementType('nurse-supporting', 'a supporting statement'),
  exploring: statementType('nurse-exploring', 'an exploring question'),
  'no-terminators': fewTerminators,
  'distress-eased': distressEased,
};
