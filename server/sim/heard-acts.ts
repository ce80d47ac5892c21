// What the characters hear in a learner's turn: the classified acts, and harm the phrase lists miss but the learned
// harm model hears ("Well if you'd taken your tablets like you were told, we wouldn't be here"), so such a line never
// earns trust. Only the conversation engine listens with this model: the grader has its own, trained on graded
// transcripts and held to the phrase lists' precision (learned/harm-model.ts, GRADING_HARM_MODEL).

import type { ClassifiedAct, LearnerAct } from '../content/acts.ts';
import { GRADING_HARM_MODEL, harmProbability, learnedHarmKind } from '../learned/harm-model.ts';
import { classifyActs } from './act-classifier.ts';
import { ACT_OF_HARM } from './harm-lexicon.ts';
import { splitSentences } from './utterance-shape.ts';

const HARM_ACTS: ReadonlySet<LearnerAct> = new Set(Object.values(ACT_OF_HARM));
/**
 * Acts that name back what someone feels, or own a fault, which the model alone once heard as harm ("You want out of
 * here…" as a threat; "I'm not threatening you at all" as arguing).
 */
const KIND_ACTS: ReadonlySet<LearnerAct> = new Set(['nurse-naming', 'nurse-understanding', 'apology']);
/** As sure as the classifier is of the lists' harm. */
const HEARD_CONFIDENCE = 0.9;

export function heardActs(text: string): ClassifiedAct[] {
  const acts = classifyActs(text);
  if (acts.some((a) => HARM_ACTS.has(a.act))) return acts;
  const learned = learnedHarmActs(text);
  if (learned.length === 0) return acts;
  // As with the lists' harm: "I'm the doctor here" is no greeting, and no support surrounds a threat.
  const kept = acts.filter((a) => a.act !== 'greeting' && a.act !== 'nurse-supporting');
  return [...learned.map((act) => ({ act, confidence: HEARD_CONFIDENCE })), ...kept];
}

/** The acts the learned harm model hears in an utterance's sentences. */
export function learnedHarmActs(text: string): LearnerAct[] {
  const learned = new Set<LearnerAct>();
  for (const sentence of splitSentences(text)) {
    // A feeling named back ("You want out of here, and you're fed up of waiting"), or an apology, is heard as the
    // lists hear it.
    if (classifyActs(sentence.text).some((a) => KIND_ACTS.has(a.act))) continue;
    // With its question mark: the model was trained on sentences as said, and hears a question apart.
    const kind = learnedHarmKind(`${sentence.text}${sentence.terminal}`);
    if (kind) learned.add(ACT_OF_HARM[kind]);
  }
  return [...learned];
}

/**
 * Below the model's threshold for calling a sentence harmful, but above most ordinary talk (reached by 1.7 % of the
 * doctors' utterances in PriMock57 and 9 % of skilled learner turns in the probe sets): enough to withhold credit,
 * not enough to be heard as harm.
 */
const DOUBT_AT = 0.3;
/**
 * The grader's model, trained on transcripts, doubts too, at a higher bar: on the read probe sets it holds about one
 * harmful turn in 60 that the engine's model let through, for one ordinary turn in 150 more.
 */
const GRADING_DOUBT_AT = 0.4;

/** Whether a learned model gives some sentence of the utterance a fair chance of doing harm, short of calling it so. */
export function mayDoHarm(text: string): boolean {
  return splitSentences(text).some((s) => {
    const said = `${s.text}${s.terminal}`;
    return harmProbability(said) >= DOUBT_AT || harmProbability(said, GRADING_HARM_MODEL) >= GRADING_DOUBT_AT;
  });
}
