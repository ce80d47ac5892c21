// Deterministic detectors for the listening rubric (inspired by MITI 4).

import { INTERPERSONAL_HARMS } from '../content/harm-kinds.ts';
import {
  type Detector,
  harmQuotes,
  lacking,
  ordinal,
  type RubricDetectors,
  turnNumber,
} from './detector-types.ts';
import { trustBuilt } from './detectors-outcome.ts';
import { isClean, type LearnerTurnFeatures } from './features.ts';
import {
  FEELING_OR_HARDSHIP,
  listsParts,
  quotableReflection,
  quotableReflections,
  quoteMatching,
  quoteShowing,
  type Reflection,
} from './showing.ts';

const ADVICE = new RegExp(
  String.raw`\b(?:` +
    [
      // Not "you must be Aisha" or "you must be exhausted": a guess at who they are or how they feel.
      String.raw`you (?:really |just |definitely |honestly |do )?(?:should|need to|have to|must(?! be\b)|ought to)|you'?ve got to|try to`,
      // Said as a wish or a question (the read blind sets' writers counted these as advice): "I'd like you to weigh
      // every morning", "Would you be willing to try the purple one?".
      String.raw`i(?:'d| would) like you to (?!tell|say|talk|share|think|have a think)|would you be willing to try`,
      String.raw`i(?:'d| would)? recommend|my advice|the best thing (?:is|would be|to do)|why don'?t you|have you tried`,
      // Not "Have you thought about how you might end your life?", which asks about their thoughts.
      String.raw`have you thought about(?! (?:how|what|when|where|whether|why|who|if|ending|killing|hurting|harming)\b)|have you considered|(?:it'?s|it might be|it would be) worth|you could (?:always )?try`,
      String.raw`make sure you|don'?t forget to|what you (?:want|need) to do is|i'?d (?:suggest|try|think about)`,
    ].join('|') +
    String.raw`)\b`,
  'i',
);
/** A duty the law puts on them ("By law, you need to tell the DVLA") is information they must have, not advice. */
const LEGAL_DUTY =
  /\b(?:by law|legally|the law (?:says|requires)|it's the law|a legal (?:duty|requirement))\b/i;

function advises(l: LearnerTurnFeatures): boolean {
  return l.sentences.some((s) => ADVICE.test(s.sentence.text) && !LEGAL_DUTY.test(s.sentence.text));
}

const PERMISSION =
  /\b(would it be (?:ok|okay|all right|alright) if i|can i (?:share|suggest|tell you|offer)|would you like (?:some|me to (?:share|suggest|tell))|may i (?:share|suggest)|do you mind if i (?:share|suggest)|would it help if i)\b/i;
const CONFRONTING =
  /\b(you'?re (?:just )?making excuses|that'?s not true|you need to (?:face|accept)|you'?re in denial|that'?s your (?:own )?(?:problem|fault)|you only have yourself|you'?re being (?:silly|ridiculous|unreasonable))\b/i;

const openQuestions: Detector = (f) => {
  const { openQuestions: open, closedQuestions: closed, openQuestionShare } = f.metrics;
  if (openQuestionShare === null) return { score: 0, evidence: [], anchor: 'You asked no questions.' };
  const examples = f.learner.flatMap((l) => l.openQuestions).slice(0, 2);
  const closedExample = f.learner.flatMap((l) => l.closedQuestions)[0];
  return {
    score: ordinal(openQuestionShare, 0.5, 0.25),
    evidence: [
      ...examples.map((q) => ({ ...q, shows: true })),
      ...(closedExample ? [lacking(closedExample)] : []),
    ],
    anchor: `You asked ${open} open and ${closed} closed question${closed === 1 ? '' : 's'}.`,
  };
};

const reflections: Detector = (f) => {
  const all = f.learner.flatMap((l) => l.reflections);
  const complex = all.filter((r) => r.kind === 'complex');
  const score = all.length >= 3 && complex.length >= 1 ? 1 : all.length >= 1 ? 0.5 : 0;
  // Summaries, praise and questions that reflect count here, but are quoted as summaries, affirmations and questions.
  const ranked = (list: readonly Reflection[]) => quotableReflections(f.learner, list);
  return {
    score,
    evidence: [
      ...ranked(complex).slice(0, 2),
      ...ranked(all.filter((r) => r.kind === 'simple')).slice(0, 1),
    ].map(({ turn, quote }) => ({
      turn,
      quote,
      shows: true,
    })),
    anchor: `You made ${all.length} reflection${all.length === 1 ? '' : 's'} (${complex.length} complex).`,
  };
};

const COUNTED_GOOD_RATIO = 0.7;
const COUNTED_FAIR_RATIO = 0.4;

const reflectionRatio: Detector = (f) => {
  const ratio = f.metrics.reflectionToQuestion;
  const r = f.metrics.simpleReflections + f.metrics.complexReflections;
  const q = f.metrics.openQuestions + f.metrics.closedQuestions;
  if (ratio === null) {
    return r > 0
      ? { score: 1, evidence: [], anchor: `You reflected ${r} times without questioning.` }
      : { notAssessed: 'there were neither questions nor reflections' };
  }
  // MITI 4 calls 1:1 fair and 2:1 good, counted by a human coder. The detectors find fewer of the reflections than
  // people hear, so the bars are set where the read blind sets' writers put them (0.55 to 0.66 of their labels
  // matched, 152 transcripts): 0.7:1 counted is done, 0.4:1 partly.
  return {
    score: ordinal(ratio, COUNTED_GOOD_RATIO, COUNTED_FAIR_RATIO),
    evidence: [],
    anchor: `You made ${r} reflections to ${q} questions (${ratio}:1).`,
  };
};

const affirmations: Detector = (f) => {
  const found = f.learner.filter((l) => l.acts.has('nurse-respecting'));
  return found.length > 0
    ? {
        score: 1,
        evidence: found.slice(0, 2).map((l) => quoteShowing(l, 'nurse-respecting')),
        anchor: 'You affirmed their strengths or efforts.',
      }
    : { score: 0, evidence: [], anchor: 'You did not affirm any strength or effort.' };
};

const summaries: Detector = (f) => {
  const found = f.learner.filter((l) => l.acts.has('summary'));
  return found.length > 0
    ? {
        score: 1,
        evidence: found.slice(0, 1).map((l) => quoteShowing(l, 'summary')),
        anchor: `In turn ${turnNumber(found[0]?.turn.index)} you summarised.`,
      }
    : { score: 0, evidence: [], anchor: 'You did not summarise.' };
};

const noUnsolicitedAdvice: Detector = (f) => {
  let permitted = false;
  const unsolicited = [];
  for (const l of f.learner) {
    if (PERMISSION.test(l.turn.text)) permitted = true;
    // A lecture is advice nobody asked for, asked leave or not.
    else if ((advises(l) && !permitted) || harmQuotes(l, ['lecturing']).length > 0) unsolicited.push(l);
  }
  return {
    score: unsolicited.length === 0 ? 1 : unsolicited.length === 1 ? 0.5 : 0,
    evidence: unsolicited
      .slice(0, 3)
      .map((l) => harmQuotes(l, ['lecturing'])[0] ?? lacking(quoteMatching(l, ADVICE))),
    anchor:
      unsolicited.length === 0
        ? 'You did not give advice unasked.'
        : `In turn ${turnNumber(unsolicited[0]?.turn.index)} you gave advice without asking permission${unsolicited.length > 1 ? `, ${unsolicited.length} times in all` : ''}.`,
  };
};

const noConfronting: Detector = (f) => {
  const found = f.learner.filter(
    (l) => harmQuotes(l, INTERPERSONAL_HARMS).length > 0 || CONFRONTING.test(l.turn.text),
  );
  return found.length === 0
    ? { score: 1, evidence: [], anchor: 'You did not argue, confront or persuade.' }
    : {
        score: 0,
        evidence: found
          .flatMap((l) => {
            const harms = harmQuotes(l, INTERPERSONAL_HARMS);
            return harms.length > 0 ? harms : [lacking(quoteMatching(l, CONFRONTING))];
          })
          .slice(0, 3),
        anchor: `In turn ${turnNumber(found[0]?.turn.index)} you confronted or argued.`,
      };
};

const empathy: Detector = (f) => {
  const e = f.metrics.empathy;
  const statements =
    e.naming + e.understanding + e.respecting + e.supporting + e.exploring + f.metrics.complexReflections;
  const examples = f.learner.flatMap((l) => {
    // A summary or a question that reflects still counts, but is no statement of what they feel to quote; nor is a
    // reflection of what they think or plan ("So part of you is keen to get back to work"), which is a reflection.
    const complex = l.reflections.find(
      (r) => r.kind === 'complex' && quotableReflection(l, r.quote) && FEELING_OR_HARDSHIP.test(r.quote),
    );
    if (complex) return [{ turn: complex.turn, quote: complex.quote, shows: true }];
    // A question that explores ("What's the worst bit for you?") counts, but is quoted as an open question: shown
    // empathy is a statement of what they feel or why it makes sense. Praise ("You've been a real rock") counts too,
    // but is quoted as an affirmation.
    const act = [...l.acts].find(
      (a) => a.startsWith('nurse-') && a !== 'nurse-exploring' && a !== 'nurse-respecting',
    );
    const shown = act && isClean(l) ? quoteShowing(l, act) : null;
    return shown && !listsParts(shown.quote) ? [shown] : [];
  });
  // Two found is done: the detectors hear fewer than people do (bars chosen on the read blind sets' labels, 0.60 to
  // 0.70 matched). Empathy beside harm said more than once is at most partly done.
  const harms = f.learner.reduce((n, l) => n + l.harms.length, 0);
  const score = statements >= 2 ? 1 : statements >= 1 ? 0.5 : 0;
  return {
    score: harms > 1 ? Math.min(score, 0.5) : score,
    evidence: examples.slice(0, 2),
    anchor: `You made ${statements} empathic statement${statements === 1 ? '' : 's'} or complex reflection${statements === 1 ? '' : 's'}${harms > 1 ? `, beside ${harms} harmful sentences` : ''}.`,
  };
};

export const LISTENING_DETECTORS: RubricDetectors = {
  'open-questions': openQuestions,
  reflections,
  'reflection-ratio': reflectionRatio,
  affirmations,
  summaries,
  'no-unsolicited-advice': noUnsolicitedAdvice,
  'no-confronting': noConfronting,
  empathy,
  'trust-built': trustBuilt,
};
