// Deterministic detectors for the NURSE rubric: emotional moments and the empathic statements that meet them.

import type { LearnerAct } from '../sim/acts.ts';
import { type Detector, ordinal, quoteOf, type RubricDetectors, turnNumber } from './detector-types.ts';
import { distressEased } from './detectors-outcome.ts';
import type { ConversationFeatures } from './features.ts';

const answered = (f: ConversationFeatures) => f.metrics.emotionalMoments.filter((m) => m.response !== 'none');

const continuers: Detector = (f) => {
  const moments = answered(f);
  if (moments.length === 0)
    return { notAssessed: "no emotional moment was found in the other speakers' turns" };
  const met = moments.filter((m) => m.response === 'continuer');
  const missed = moments.find((m) => m.response !== 'continuer');
  return {
    score: ordinal(met.length / moments.length, 0.67, 0.34),
    evidence: moments.slice(0, 4).flatMap((m) => {
      const turn = f.transcript.turns[m.responseTurn ?? -1];
      return turn ? [quoteOf(turn)] : [];
    }),
    anchor: missed
      ? `You met ${met.length} of ${moments.length} emotional moments with a continuer; in turn ${turnNumber(missed.turn)} ("${missed.cue}") you did not.`
      : `You met all ${moments.length} emotional moments with a continuer.`,
  };
};

function statementType(act: LearnerAct, label: string): Detector {
  return (f) => {
    const found = f.learner.filter((l) => l.acts.has(act));
    return found.length > 0
      ? {
          score: 1,
          evidence: found.slice(0, 2).map((l) => quoteOf(l.turn)),
          anchor: `You used ${label} ${found.length === 1 ? 'once' : `${found.length} times`}.`,
        }
      : { score: 0, evidence: [], anchor: `You did not use ${label}.` };
  };
}

const noTerminators: Detector = (f) => {
  const moments = answered(f);
  if (moments.length === 0)
    return { notAssessed: "no emotional moment was found in the other speakers' turns" };
  const terminators = moments.filter((m) => m.response === 'terminator');
  const first = terminators[0];
  return {
    score: terminators.length === 0 ? 1 : terminators.length === 1 ? 0.5 : 0,
    evidence: terminators.slice(0, 3).flatMap((m) => {
      const turn = f.transcript.turns[m.responseTurn ?? -1];
      return turn ? [quoteOf(turn)] : [];
    }),
    anchor: first
      ? `In turn ${turnNumber(first.responseTurn)} you answered "${first.cue}" with reassurance, facts or instructions.`
      : 'You never closed an emotional moment down.',
  };
};

export const NURSE_DETECTORS: RubricDetectors = {
  continuers,
  naming: statementType('nurse-naming', 'a naming statement'),
  understanding: statementType('nurse-understanding', 'an understanding statement'),
  respecting: statementType('nurse-respecting', 'a respecting statement'),
  supporting: statementType('nurse-supporting', 'a supporting statement'),
  exploring: statementType('nurse-exploring', 'an exploring question'),
  'no-terminators': noTerminators,
  'distress-eased': distressEased,
};
