// The explicit emotion model: each learner turn moves every character's distress, anger and trust by rules
// that the scenario parameterises (baseline, volatility, recovery, per-act reactions).

import { ACT_THRESHOLD, type ClassifiedAct, EMPATHY_ACTS, hasAct, type LearnerAct } from '../content/acts.ts';
import {
  AFFECT_DIMENSIONS,
  type Affect,
  type AffectBand,
  type AffectDynamics,
  type AffectShift,
} from '../content/affect-types.ts';
import type { Topic } from '../content/topics.ts';
import { holdDirection, isHarmfulAct } from './affect-direction.ts';

/** Default change per act at full confidence, before volatility. Scenarios override per character. */
export const DEFAULT_REACTIONS: Record<LearnerAct, AffectShift> = {
  greeting: { trust: 0.04, distress: -0.02 },
  'open-question': { trust: 0.03 },
  'closed-question': {},
  'perception-check': { trust: 0.05, distress: -0.01 },
  invitation: { trust: 0.05, distress: -0.02 },
  'warning-shot': { distress: 0.08 },
  'news-delivery': { distress: 0.3, trust: -0.02 },
  jargon: { distress: 0.05, anger: 0.05, trust: -0.06 },
  'nurse-naming': { distress: -0.07, anger: -0.08, trust: 0.08 },
  'nurse-understanding': { distress: -0.06, anger: -0.1, trust: 0.08 },
  'nurse-respecting': { anger: -0.06, trust: 0.07 },
  'nurse-supporting': { distress: -0.08, trust: 0.08 },
  'nurse-exploring': { distress: -0.04, trust: 0.08 },
  'premature-reassurance': { trust: -0.08, anger: 0.04 },
  'limit-setting': { anger: -0.02, trust: 0.02 },
  'offering-choices': { anger: -0.08, distress: -0.05, trust: 0.06 },
  'threat-or-command': { anger: 0.22, distress: 0.12, trust: -0.15 },
  summary: { trust: 0.05, distress: -0.03 },
  information: { distress: 0.02 },
  dismissive: { anger: 0.2, distress: 0.05, trust: -0.15 },
  apology: { anger: -0.1, trust: 0.06 },
};

/** Acts that carry content, not care: on their own they neither rebuild trust nor let anger cool. */
const NOT_RELATIONAL: ReadonlySet<LearnerAct> = new Set<LearnerAct>([
  'closed-question',
  'information',
  'jargon',
  'news-delivery',
  'threat-or-command',
  'dismissive',
]);

/** What the model needs to know about the conversation so far. */
export interface AffectContext {
  /** Whether the learner's words named this character or followed its last reply. */
  addressed: boolean;
  /** The learner asked what the character knows before this turn. */
  perceptionChecked: boolean;
  /** The learner gave a warning shot in this turn or the one before. */
  warned: boolean;
  /** The bad news had already been given before this turn. */
  newsAlreadyDelivered: boolean;
  /** Words in the learner's utterance. */
  wordCount: number;
  /** The topic the learner asked this turn, if any. */
  askedTopic?: Topic | null;
  /** Some of the words may do harm (the learned model is unsure): they earn no trust, nor cool anger. */
  doubted?: boolean;
  /** Harm was heard in the last few turns: trust lost is not won back, nor anger cooled, short of an apology. */
  wary?: boolean;
}

const OVERHEARD_SCALE = 0.6;
const EMOTIONAL_MOMENT_EMPATHY_BOOST = 1.3;
const UNPREPARED_NEWS_SCALE = 1.4;
const WARNED_NEWS_SCALE = 0.8;
const LONG_TURN_WORDS = 60;

/** Affect after the learner's turn, with every dimension kept in [0,1]. */
export function updateAffect(
  current: Affect,
  dynamics: AffectDynamics,
  acts: readonly ClassifiedAct[],
  context: AffectContext,
): Affect {
  const delta: Affect = { distress: 0, anger: 0, trust: 0 };
  const inEmotionalMoment = current.distress >= 0.6 || current.anger >= 0.6;
  for (const { act, confidence } of acts) {
    const shift = dynamics.reactions[act] ?? DEFAULT_REACTIONS[act];
    let scale = confidence * dynamics.volatility * (context.addressed ? 1 : OVERHEARD_SCALE);
    if (EMPATHY_ACTS.includes(act) && inEmotionalMoment) scale *= EMOTIONAL_MOMENT_EMPATHY_BOOST;
    if (act === 'news-delivery') {
      if (context.newsAlreadyDelivered) scale *= 0.3;
      else if (!context.perceptionChecked) scale *= UNPREPARED_NEWS_SCALE;
      if (context.warned) scale *= WARNED_NEWS_SCALE;
    }
    for (const dim of AFFECT_DIMENSIONS) delta[dim] += (shift[dim] ?? 0) * scale;
  }
  const asked = context.askedTopic ? dynamics.topicReactions[context.askedTopic] : undefined;
  if (asked && context.addressed)
    for (const dim of AFFECT_DIMENSIONS) delta[dim] += (asked[dim] ?? 0) * dynamics.volatility;
  if (context.wordCount > LONG_TURN_WORDS && current.distress >= 0.6) {
    // A wall of words to someone already flooded adds to the flood.
    delta.distress += 0.05 * dynamics.volatility;
  }
  const baseline = effectiveBaseline(dynamics, context.newsAlreadyDelivered || hasAct(acts, 'news-delivery'));
  // Trust is regained and anger cools only through how the learner treats the person (a greeting, a question
  // that opens, empathy, an apology, a choice...), not through facts asked or told; words that carry no such
  // act (often harm the classifier missed) leave them where they are.
  const engaged = acts.some(({ act, confidence }) => confidence >= ACT_THRESHOLD && !NOT_RELATIONAL.has(act));
  const next = { ...current };
  for (const dim of AFFECT_DIMENSIONS) {
    const value = current[dim];
    const d = delta[dim];
    // Soft bounds: a push moves less the closer the value already is to the edge it is pushing towards.
    const pushed = d >= 0 ? value + d * (1 - value) : value + d * value;
    const easing =
      (dim === 'trust' && baseline.trust > pushed) || (dim === 'anger' && baseline.anger < pushed);
    // Trust earned above where they began holds through ordinary talk (an offer, a closing): only harm takes it back.
    const earned = dim === 'trust' && pushed > baseline.trust;
    // Soon after harm, trust and anger mend only by what the learner does now ("Sorry, that came out wrong" is a
    // start), not by drifting back as well: one apology does not undo a run of threats.
    const recovered =
      (easing && (!engaged || context.wary)) || earned
        ? pushed
        : pushed + dynamics.recovery * (baseline[dim] - pushed);
    next[dim] = round(clamp01(recovered));
  }
  const harmed = acts.some(({ act, confidence }) => confidence >= ACT_THRESHOLD && isHarmfulAct(act));
  const repaired = hasAct(acts, 'apology');
  // News given before anyone asked what they know ("So, bad news I'm afraid, it's a miscarriage") earns no trust,
  // however it is wrapped.
  const unprepared =
    hasAct(acts, 'news-delivery') && !context.newsAlreadyDelivered && !context.perceptionChecked;
  return harmed || unprepared || context.doubted || (context.wary && !repaired)
    ? holdDirection(current, next)
    : next;
}

/** Bad news does not wear off: once given, the resting level of distress stays higher. */
export function effectiveBaseline(dynamics: AffectDynamics, newsDelivered: boolean): Affect {
  if (!newsDelivered) return dynamics.baseline;
  const shock = (dynamics.reactions['news-delivery'] ?? DEFAULT_REACTIONS['news-delivery']).distress ?? 0;
  return { ...dynamics.baseline, distress: clamp01(dynamics.baseline.distress + shock * 0.6) };
}

/** The coarse band used to pick authored lines and to describe the state in words. */
export function affectBand(affect: Affect): AffectBand {
  const angry = affect.anger >= 0.6;
  // Someone both flooded and furious sounds furious when the anger is the stronger of the two.
  if (affect.distress >= 0.72 && !(angry && affect.anger > affect.distress)) return 'overwhelmed';
  if (angry) return 'angry';
  if (affect.trust < 0.35) return 'guarded';
  if (affect.trust >= 0.6 && affect.distress < 0.45 && affect.anger < 0.3) return 'settled';
  return 'open';
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
