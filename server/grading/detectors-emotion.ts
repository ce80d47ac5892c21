// Detectors about the emotional moments in a conversation, shared by the rubrics that ask about them
// (SPIKES "emotions", NURSE "continuers" and "no terminators").

import type { LearnerAct } from '../content/acts.ts';
import { INTERPERSONAL_HARMS } from '../content/harm-kinds.ts';
import { type Detector, harmQuotes, lacking, ordinal, quoteOf, turnNumber } from './detector-types.ts';
import type { ConversationFeatures } from './features.ts';
import type { EmotionalMoment, Quote } from './report-types.ts';
import { FEELING_OR_HARDSHIP, quoteShowing } from './showing.ts';

const NO_MOMENT = "no emotional moment was found in the other speakers' turns";

/** Moments the learner had a chance to answer. */
function answered(f: ConversationFeatures): EmotionalMoment[] {
  return f.metrics.emotionalMoments.filter((m) => m.response !== 'none');
}

/**
 * The learner's answer to each moment, quoted: the sentence that met it (a reflection, of the feeling first, else an
 * empathic statement), or the turn that did not. A turn counted as meeting it with no such sentence is not quoted.
 */
function responses(f: ConversationFeatures, moments: readonly EmotionalMoment[]): Quote[] {
  return moments.flatMap((m) => {
    const l = f.learner.find((x) => x.turn.index === m.responseTurn);
    if (!l) return [];
    if (m.response !== 'continuer') return [lacking(l.harms[0] ?? quoteOf(l.turn))];
    const reflection = l.reflections.find((r) => FEELING_OR_HARDSHIP.test(r.quote)) ?? l.reflections[0];
    if (reflection) return [{ turn: reflection.turn, quote: reflection.quote, shows: true }];
    const act = CONTINUER_ACTS.find((a) => l.acts.has(a));
    return act ? [quoteShowing(l, act)] : [];
  });
}

const CONTINUER_ACTS: readonly LearnerAct[] = [
  'nurse-naming',
  'nurse-understanding',
  'nurse-respecting',
  'nurse-supporting',
  'nurse-exploring',
];

/** The share of emotional moments met with a continuer at which the item is done, and at which it is partly done. */
interface MetBars {
  done: number;
  partly: number;
}

/**
 * Done when enough emotional moments were met with a continuer (`bars`). Harm anywhere in the conversation caps it
 * (partly at one harmful sentence, not done at two): empathy beside a threat or a label is not a response to
 * emotion, and a conversation with harm and no moment found is still assessed, on the harm.
 */
const metWith =
  (bars: MetBars): Detector =>
  (f) => {
    const moments = answered(f);
    const harms = f.learner.flatMap((l) => harmQuotes(l, INTERPERSONAL_HARMS));
    if (moments.length === 0 && harms.length === 0) return { notAssessed: NO_MOMENT };
    const met = moments.filter((m) => m.response === 'continuer');
    const missed = moments.find((m) => m.response !== 'continuer');
    const shown = moments.length > 0 ? ordinal(met.length / moments.length, bars.done, bars.partly) : 0;
    const cap = harms.length === 0 ? 1 : harms.length === 1 ? 0.5 : 0;
    const harmNote =
      harms.length > 0
        ? ` In turn ${turnNumber(harms[0]?.turn)} you answered with harm ("${harms[0]?.quote}").`
        : '';
    return {
      score: Math.min(shown, cap),
      evidence: [...responses(f, [...met.slice(0, 2), ...(missed ? [missed] : [])]), ...harms.slice(0, 2)],
      anchor:
        (moments.length === 0
          ? 'No emotional moment was found in their words.'
          : missed
            ? `You met ${met.length} of ${moments.length} emotional moments with empathy; in turn ${turnNumber(missed.turn)} they said "${missed.cue}" and your next turn moved on without meeting the feeling.`
            : `You met all ${moments.length} emotional moments with empathy.`) + harmNote,
    };
  };

/** NURSE "continuers": about two in three moments met is done, one in three partly. */
export const metWithContinuers = metWith({ done: 0.67, partly: 0.34 });

/**
 * SPIKES "emotions": one in three moments met is done, any partly. The moments found in bad news include many a
 * person would not answer with empathy there and then, and the read blind sets' writers marked the item done on
 * fewer (0.46 to 0.64 of their labels matched, 160 transcripts; for NURSE the same bars gained nothing).
 */
export const metWithEmpathy = metWith({ done: 0.33, partly: 0.01 });

/** Harm that closes a feeling down wherever it is said. */
const CLOSES_FEELING = [...INTERPERSONAL_HARMS, 'false-promise'] as const;

/**
 * Done with no terminator after an emotional moment, partly with one. Harm or reassurance too soon anywhere in a
 * conversation with feeling in it closes the feeling down as surely, moment found or not ("Don't you worry", "You're
 * overreacting"), so each such turn counts too.
 */
export const fewTerminators: Detector = (f) => {
  const moments = answered(f);
  if (moments.length === 0) return { notAssessed: NO_MOMENT };
  const terminators = moments.filter((m) => m.response === 'terminator');
  const answeredTurns = new Set(terminators.map((m) => m.responseTurn));
  const shutDowns = f.learner.filter(
    (l) =>
      !answeredTurns.has(l.turn.index) &&
      (harmQuotes(l, CLOSES_FEELING).length > 0 || l.acts.has('premature-reassurance')),
  );
  const count = terminators.length + shutDowns.length;
  const first = terminators[0];
  return {
    score: count === 0 ? 1 : count === 1 ? 0.5 : 0,
    evidence: [
      ...responses(f, terminators.slice(0, 3)),
      ...shutDowns.flatMap((l) => harmQuotes(l, CLOSES_FEELING).slice(0, 1)),
    ].slice(0, 3),
    anchor: first
      ? `In turn ${turnNumber(first.responseTurn)} you answered "${first.cue}" with reassurance, facts or instructions.`
      : shutDowns[0]
        ? `In turn ${turnNumber(shutDowns[0].turn.index)} you closed the feeling down.`
        : 'You never closed an emotional moment down.',
  };
};
