// Deterministic detectors for the BETA de-escalation rubric.

import { type Detector, quoteOf, type RubricDetectors, turnNumber, twoPart } from './detector-types.ts';
import { calmer } from './detectors-outcome.ts';

const WANTS =
  /\b(what (?:do|would) you (?:want|need|like)|what would (?:help|make)|what can (?:i|we) do|what do you need|how can (?:i|we) help|what(?:'s| is) (?:most )?important to you)\b/i;
const OPTIMISM =
  /\b(we can (?:sort|work|get|fix|find)|we'll (?:sort|work|get|find)|together|get (?:this|you) sorted|things can get better|there(?:'s| is) a way|we will (?:sort|work|get|find)|let'?s (?:work|sort|find|see))\b/i;

const verbalContact: Detector = (f) => {
  const intro = f.learner.slice(0, 2).find((l) => l.acts.has('greeting'));
  return intro
    ? { score: 1, evidence: [quoteOf(intro.turn)], anchor: 'You opened by introducing yourself.' }
    : { score: 0, evidence: [], anchor: 'You did not introduce yourself at the start.' };
};

const doNotProvoke: Detector = (f) => {
  const provoking = f.learner.filter((l) => l.acts.has('threat-or-command') || l.acts.has('dismissive'));
  return {
    score: provoking.length === 0 ? 1 : provoking.length === 1 ? 0.5 : 0,
    evidence: provoking.slice(0, 3).map((l) => quoteOf(l.turn)),
    anchor:
      provoking.length === 0
        ? 'You never ordered, threatened or dismissed.'
        : `In turn ${turnNumber(provoking[0]?.turn.index)} you ordered, threatened or dismissed${provoking.length > 1 ? `, and did so ${provoking.length} times in all` : ''}.`,
  };
};

const concise: Detector = (f) => {
  if (f.learner.length === 0) return { notAssessed: 'the learner did not speak' };
  const mean = f.metrics.learnerWords / f.learner.length;
  const longest = f.learner.reduce((a, b) => (b.words > a.words ? b : a));
  let score = mean <= 25 ? 1 : mean <= 40 ? 0.5 : 0;
  if (longest.words > 80) score = Math.min(score, 0.5);
  return {
    score,
    evidence: longest.words > 40 ? [quoteOf(longest.turn)] : [],
    anchor: `Your turns averaged ${Math.round(mean)} words${longest.words > 80 ? `, and turn ${turnNumber(longest.turn.index)} ran to ${longest.words}` : ''}.`,
  };
};

const wantsAndFeelings: Detector = (f) =>
  twoPart(
    f.learner.find((l) => WANTS.test(l.turn.text)),
    f.learner.find((l) => l.acts.has('nurse-naming')),
    [
      'You asked what they wanted and named how they felt.',
      'You asked what they wanted but did not name how they felt.',
      'You named how they felt but did not ask what they wanted.',
      'You did not ask what they wanted or name how they felt.',
    ],
  );

const listen: Detector = (f) => {
  const reflections = f.learner.flatMap((l) => l.reflections);
  const exploring = f.learner.find((l) => l.acts.has('nurse-exploring'));
  const score =
    reflections.length >= 2 || (reflections.length >= 1 && exploring)
      ? 1
      : reflections.length || exploring
        ? 0.5
        : 0;
  return {
    score,
    evidence: [
      ...reflections.slice(0, 2).map(({ turn, quote }) => ({ turn, quote })),
      ...(exploring ? [quoteOf(exploring.turn)] : []),
    ],
    anchor: `You reflected back ${reflections.length} time${reflections.length === 1 ? '' : 's'}${exploring ? ' and explored their concern' : ''}.`,
  };
};

const limits: Detector = (f) => {
  const limit = f.learner.find((l) => l.acts.has('limit-setting'));
  return limit
    ? {
        score: 1,
        evidence: [quoteOf(limit.turn)],
        anchor: `In turn ${turnNumber(limit.turn.index)} you set a clear, respectful limit.`,
      }
    : { score: 0, evidence: [], anchor: 'You did not set a clear, respectful limit.' };
};

const choicesOptimism: Detector = (f) =>
  twoPart(
    f.learner.find((l) => l.acts.has('offering-choices')),
    f.learner.find((l) => OPTIMISM.test(l.turn.text)),
    [
      'You offered choices and a hopeful way forward.',
      'You offered a choice but no hopeful way forward.',
      'You sounded hopeful but offered no choice.',
      'You offered neither a choice nor a hopeful way forward.',
    ],
  );

export const BETA_DETECTORS: RubricDetectors = {
  'verbal-contact': verbalContact,
  'do-not-provoke': doNotProvoke,
  concise,
  'wants-and-feelings': wantsAndFeelings,
  listen,
  agree: () => ({
    notAssessed: 'agreement needs judgement; it is scored by the judge model when one is configured',
  }),
  limits,
  'choices-optimism': choicesOptimism,
  calmer: calmer,
};
