// Deterministic metrics of a conversation: cheap, stable and explainable. Every rubric detector and the report's
// metrics section read from here.

import { ACT_THRESHOLD, type LearnerAct } from '../content/acts.ts';
import { GRADING_HARM_MODEL, learnedHarmKind } from '../learned/harm-model.ts';
import { classifyActs } from '../sim/act-classifier.ts';
import { type HarmKind, harmfulSentences } from '../sim/harm-lexicon.ts';
import { findJargon } from '../sim/jargon-lexicon.ts';
import { countWords } from '../sim/plan-turn.ts';
import { analyseSentence, type Sentence, splitSentences } from '../sim/utterance-shape.ts';
import { type EmotionCue, findEmotion } from './emotional-moments.ts';
import { findReflections, givesBackTheirWords, type ReflectionKind } from './reflections.ts';
import type { ConversationMetrics, EmotionalMoment, Quote } from './report-types.ts';
import { isStockEmpathy, spoken, withoutHollowActs } from './showing.ts';
import { type GradingTranscript, type GradingTurn, LEARNER } from './transcript.ts';
import { butUndoes } from './yes-but.ts';

export interface LearnerTurnFeatures {
  turn: GradingTurn;
  acts: Set<LearnerAct>;
  words: number;
  openQuestions: Quote[];
  closedQuestions: Quote[];
  reflections: (Quote & { kind: ReflectionKind })[];
  jargon: string[];
  /** The turn's harmful sentences (threats, labels, blame, false promises…), each quoted with its kinds. */
  harms: (Quote & { kinds: HarmKind[] })[];
  /** Its sentences, each with the acts it carries on its own. */
  sentences: readonly TurnSentence[];
}

export interface TurnSentence {
  sentence: Sentence;
  acts: readonly LearnerAct[];
}

export interface ConversationFeatures {
  transcript: GradingTranscript;
  learner: LearnerTurnFeatures[];
  metrics: ConversationMetrics;
}

const LONG_SILENCE_SECONDS = 3;
/** A character's distress or anger at or above this, having risen by AFFECT_RISE in the turn, is a moment. */
const AFFECT_MOMENT = 0.7;
const AFFECT_RISE = 0.05;
/**
 * Acts that credit good practice. A turn that also threatens, labels, blames or promises what nobody can is never
 * evidence of them: "I hear you, but you're obviously drunk, so sit down" is not empathy.
 */
const POSITIVE_ACTS: readonly LearnerAct[] = [
  'greeting',
  'perception-check',
  'invitation',
  'warning-shot',
  'nurse-naming',
  'nurse-understanding',
  'nurse-respecting',
  'nurse-supporting',
  'nurse-exploring',
  'limit-setting',
  'offering-choices',
  'summary',
  'apology',
];

/** Acts that are harm in themselves, found by the act cues when no harm phrase named a sentence. */
const HARM_ACTS: ReadonlyArray<readonly [LearnerAct, HarmKind]> = [
  ['threat-or-command', 'coercion'],
  ['dismissive', 'dismissal'],
  ['premature-reassurance', 'false-promise'],
];
const CONTINUERS: readonly LearnerAct[] = [
  'nurse-naming',
  'nurse-understanding',
  'nurse-respecting',
  'nurse-supporting',
  'nurse-exploring',
];
const TERMINATORS: readonly LearnerAct[] = [
  'premature-reassurance',
  'dismissive',
  'threat-or-command',
  'news-delivery',
  'information',
  'jargon',
];

/** Questions that open with a question word but ask for one fact: an amount, a number, a time, a measure. */
const ASKS_ONE_FACT =
  /^(?:(?:and|so|right|okay|ok)\b,? )?(?:how (?:much|many|often|long|old)\b|on a scale\b|what(?:'s| is) your (?:weight|height|address|date of birth|postcode|number)\b|what time\b|when did (?:you|he|she) last\b)/i;

/** "Tell me, are you taking it every night?": the prompt opens, but what follows asks yes or no. */
const PROMPT_THEN_YES_NO =
  /^(?:(?:and|so|right|okay|ok)\b,? )?tell me,? (?:are|is|do|does|did|have|has|had|can|could|will|would|were|was|you're|you are|you've|you have|you're not|there's)\b/i;

/** "Mrs Okafor?", "Hello, Priya?": a name checked, with nothing asked. */
const NAME_ONLY =
  /^(?:(?:[Hh]i|[Hh]ello|[Hh]iya|[Mm]orning|[Aa]fternoon|[Ee]vening|[Gg]ood (?:morning|afternoon|evening))\b,? (?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?|(?:Mr|Mrs|Ms|Miss|Dr)\.? )[A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?\??$/;

/** Everything the detectors need, computed once per transcript. */
export function extractFeatures(transcript: GradingTranscript): ConversationFeatures {
  const learner = transcript.turns.flatMap((t, i) =>
    t.speaker === LEARNER ? [learnerFeatures(t, lastHeard(transcript.turns, i))] : [],
  );
  const byTurn = new Map(learner.map((f) => [f.turn.index, f]));
  const has = (act: LearnerAct) => learner.filter((f) => f.acts.has(act));
  const first = (act: LearnerAct) => has(act)[0]?.turn.index ?? null;

  const learnerWords = sum(learner.map((f) => f.words));
  const otherWords = sum(
    transcript.turns.filter((t) => t.speaker !== LEARNER).map((t) => countWords(t.text)),
  );
  const openQuestions = sum(learner.map((f) => f.openQuestions.length));
  const closedQuestions = sum(learner.map((f) => f.closedQuestions.length));
  const reflections = learner.flatMap((f) => f.reflections);
  const simple = reflections.filter((r) => r.kind === 'simple').length;
  const complex = reflections.length - simple;
  const questions = openQuestions + closedQuestions;

  const firstPerceptionTurn = first('perception-check');
  const firstNewsTurn = first('news-delivery');
  const firstWarning = first('warning-shot');
  const newsTurns = has('news-delivery');
  const firstEmpathy = learner.find((f) => CONTINUERS.some((a) => f.acts.has(a)));
  const startOf = (turn: GradingTurn | undefined) => turn?.start;
  const firstTurnStart = transcript.turns[0]?.start;
  const timed = transcript.turns.every((t) => t.start !== undefined && t.end !== undefined);

  const metrics: ConversationMetrics = {
    learnerTurns: learner.length,
    learnerWords,
    otherWords,
    learnerWordShare:
      learnerWords + otherWords > 0 ? round(learnerWords / (learnerWords + otherWords)) : null,
    learnerSecondsShare: timed ? secondsShare(transcript.turns) : null,
    openQuestions,
    closedQuestions,
    openQuestionShare: questions > 0 ? round(openQuestions / questions) : null,
    simpleReflections: simple,
    complexReflections: complex,
    reflectionToQuestion: questions > 0 ? round(reflections.length / questions) : null,
    affirmations: has('nurse-respecting').length,
    summaries: has('summary').length,
    empathy: {
      naming: has('nurse-naming').length,
      understanding: has('nurse-understanding').length,
      respecting: has('nurse-respecting').length,
      supporting: has('nurse-supporting').length,
      exploring: has('nurse-exploring').length,
    },
    emotionalMoments: emotionalMoments(transcript, byTurn),
    jargonCount: sum(learner.map((f) => f.jargon.length)),
    jargonTerms: [...new Set(learner.flatMap((f) => f.jargon))],
    firstPerceptionTurn,
    firstNewsTurn,
    newsBeforePerception:
      firstNewsTurn === null ? null : firstPerceptionTurn === null || firstNewsTurn < firstPerceptionTurn,
    warningShotBeforeNews:
      firstNewsTurn === null ? null : firstWarning !== null && firstWarning <= firstNewsTurn,
    wordsPerTurnWhileGivingNews:
      newsTurns.length > 0 ? round(sum(newsTurns.map((f) => f.words)) / newsTurns.length, 1) : null,
    prematureReassurances: has('premature-reassurance').length,
    threatsOrCommands: has('threat-or-command').length,
    dismissive: has('dismissive').length,
    interruptions: timed ? interruptions(transcript.turns) : null,
    longSilences: timed ? longSilences(transcript.turns) : null,
    turnsToFirstEmpathy: firstEmpathy ? firstEmpathy.turn.index : null,
    secondsToFirstEmpathy:
      timed && firstEmpathy && firstTurnStart !== undefined
        ? round((startOf(firstEmpathy.turn) ?? 0) - firstTurnStart, 1)
        : null,
  };
  return { transcript, learner, metrics };
}

/** What the other people said since the learner last spoke, before turn `index`. */
function lastHeard(turns: readonly GradingTurn[], index: number): string {
  const heard: string[] = [];
  for (let i = index - 1; i >= 0 && turns[i]?.speaker !== LEARNER; i--) heard.unshift(turns[i]?.text ?? '');
  return heard.join(' ');
}

function learnerFeatures(turn: GradingTurn, heard: string): LearnerTurnFeatures {
  const turnActs = actsOf(turn.text);
  const acts = new Set(turnActs);
  const sentences = sentencesOf(turn.text, turnActs);
  // An order or a dismissal heard only in their own words given back ("You need to get home to the children" after
  // "I need to get home") orders nobody.
  for (const [act] of HARM_ACTS) {
    const heardIn = sentences.filter((s) => s.acts.includes(act));
    if (heardIn.length > 0 && heardIn.every((s) => givesBackTheirWords(s.sentence.text, heard)))
      acts.delete(act);
  }
  const harms = harmsOf(turn, acts, sentences);
  const harmful = harms.length > 0;
  if (harmful) for (const act of POSITIVE_ACTS) acts.delete(act);
  withoutHollowActs(sentences, acts);
  const harmfulText = new Set(harms.map((h) => h.quote.replace(/[.!?;:]+$/, '')));
  const openQuestions: Quote[] = [];
  const closedQuestions: Quote[] = [];
  for (const { sentence } of sentences) {
    const { shape } = analyseSentence(sentence);
    const quote = sentence.text.trim();
    // A question after one fact ("How much would you have on a typical night?", "What's your weight?") is closed, as
    // MITI counts it, though it opens with a question word; so is a yes-or-no question behind "Tell me,".
    const closedAtHeart = shape === 'open' && (ASKS_ONE_FACT.test(quote) || PROMPT_THEN_YES_NO.test(quote));
    // A harmful question ("What would they think, seeing you like this?") is no open question to credit.
    if (shape === 'open' && !closedAtHeart && !harmfulText.has(quote))
      openQuestions.push({ turn: turn.index, quote });
    if ((shape === 'closed' || closedAtHeart) && !NAME_ONLY.test(quote))
      closedQuestions.push({ turn: turn.index, quote });
  }
  return {
    turn,
    acts,
    words: countWords(turn.text),
    openQuestions,
    closedQuestions,
    // A reflection in words they could not follow, or taken back by "but", reflects nothing back.
    reflections: harmful
      ? []
      : findReflections(turn.text, heard)
          // Stock empathy ("I hear you, and I completely understand how frustrating this must be") reflects
          // nothing of theirs.
          .filter((r) => findJargon(r.quote).length === 0 && !butUndoes(r.quote) && !isStockEmpathy(r.quote))
          // The learner's own news ("It shows a cancer in your right lung") reflects nothing they said.
          .filter(
            (r) =>
              !sentences.some((s) => s.acts.includes('news-delivery') && s.sentence.text.includes(r.quote)),
          )
          .map((r) => ({ turn: turn.index, quote: r.quote, kind: r.kind })),
    jargon: findJargon(turn.text),
    harms,
    sentences,
  };
}

export function actsOf(text: string): LearnerAct[] {
  return classifyActs(text)
    .filter((a) => a.confidence >= ACT_THRESHOLD)
    .map((a) => a.act);
}

/**
 * The turn's sentences with the acts each carries on its own, worked out once: evidence quotes the sentence, and a
 * turn of one sentence needs no second reading.
 */
function sentencesOf(text: string, turnActs: readonly LearnerAct[]): TurnSentence[] {
  const sentences = splitSentences(text);
  if (sentences.length === 1) return [{ sentence: sentences[0] as Sentence, acts: turnActs }];
  // Read only when asked: most sentences are never quoted.
  return sentences.map((sentence) => {
    let acts: readonly LearnerAct[] | undefined;
    return {
      sentence,
      get acts() {
        acts ??= actsOf(sentence.text);
        return acts;
      },
    };
  });
}

/** The turn's harmful sentences: by the harm lists, else the sentence that carries a harmful act. */
function harmsOf(
  turn: GradingTurn,
  acts: ReadonlySet<LearnerAct>,
  sentences: readonly TurnSentence[],
): LearnerTurnFeatures['harms'] {
  const found = harmfulSentences(turn.text).map((h) => ({ turn: turn.index, quote: h.text, kinds: h.kinds }));
  // A harmful act the lists did not name: quote its sentence, unless that sentence is already quoted (the lists'
  // blame is heard as a dismissive act too, and must not count twice).
  for (const [act, kind] of HARM_ACTS) {
    if (!acts.has(act) || found.some((h) => h.kinds.includes(kind))) continue;
    const sentence = sentences.find((s) => s.acts.includes(act))?.sentence;
    const quote = sentence ? spoken(sentence) : turn.text.trim();
    if (found.some((h) => h.quote === quote || (sentence === undefined && found.length > 0))) continue;
    found.push({ turn: turn.index, quote, kinds: [kind] });
  }
  // Harm in words of its own ("Well, how many more admissions do you think your lungs can take?"), as the model
  // trained on graded transcripts hears it.
  for (const { sentence } of sentences) {
    const quote = spoken(sentence);
    if (found.some((h) => h.quote === quote)) continue;
    const kind = learnedHarmKind(quote, GRADING_HARM_MODEL);
    if (kind) found.push({ turn: turn.index, quote, kinds: [kind] });
  }
  return found;
}

/** A turn with no harm in it: only such turns count as good practice. */
export function isClean(l: LearnerTurnFeatures): boolean {
  return l.harms.length === 0;
}

function emotionalMoments(
  transcript: GradingTranscript,
  byTurn: ReadonlyMap<number, LearnerTurnFeatures>,
): EmotionalMoment[] {
  const moments: EmotionalMoment[] = [];
  transcript.turns.forEach((turn, i) => {
    if (turn.speaker === LEARNER) return;
    const emotion = findEmotion(turn.text) ?? emotionFromAffect(transcript, turn);
    if (!emotion) return;
    const next = transcript.turns.slice(i + 1).find((t) => t.speaker === LEARNER);
    const response = next ? byTurn.get(next.index) : undefined;
    moments.push({
      turn: turn.index,
      speaker: turn.speaker,
      kind: emotion.kind,
      cue: emotion.cue,
      responseTurn: next?.index ?? null,
      response: response ? classifyResponse(response) : 'none',
    });
  });
  return moments;
}

/**
 * A moment the words alone may not show ("Right. Fine.") but the character's state does: the lead's distress or
 * anger high and rising. Quoted by the turn's first sentence.
 */
function emotionFromAffect(transcript: GradingTranscript, turn: GradingTurn): EmotionCue | null {
  const lead = transcript.leadAffect;
  if (!lead || (lead.id !== undefined && lead.id !== turn.speaker)) return null;
  const after = lead.afterTurns[turn.index];
  // The learner's words move the affect, so it is stored already changed on the learner's turn: the rise is
  // measured over the whole exchange, from after this character's previous turn (or the start).
  const previous = transcript.turns
    .slice(0, turn.index)
    .findLast((t) => t.speaker !== LEARNER && t.speaker === turn.speaker);
  const before = previous ? lead.afterTurns[previous.index] : lead.start;
  if (!after || !before) return null;
  const cue = splitSentences(turn.text)[0]?.text.trim() ?? turn.text.trim();
  if (
    after.anger >= AFFECT_MOMENT &&
    after.anger - before.anger >= AFFECT_RISE &&
    after.anger >= after.distress
  )
    return { kind: 'anger', cue };
  if (after.distress >= AFFECT_MOMENT && after.distress - before.distress >= AFFECT_RISE)
    return { kind: 'despair', cue };
  return null;
}

/** A continuer keeps the feeling in the room; a terminator closes it (reassurance, facts, orders, harm). */
function classifyResponse(response: LearnerTurnFeatures): EmotionalMoment['response'] {
  if (response.harms.length > 0) return 'terminator';
  if (
    CONTINUERS.some((a) => response.acts.has(a)) ||
    response.reflections.some((r) => r.kind === 'complex')
  ) {
    return 'continuer';
  }
  // A fact said back beside reassurance too soon ("you've had a stent, your artery's open now") closes the feeling.
  if (response.reflections.length > 0 && !response.acts.has('premature-reassurance')) return 'continuer';
  if (TERMINATORS.some((a) => response.acts.has(a))) return 'terminator';
  return 'neutral';
}

function secondsShare(turns: readonly GradingTurn[]): number | null {
  let learner = 0;
  let total = 0;
  for (const t of turns) {
    const d = Math.max(0, (t.end ?? 0) - (t.start ?? 0));
    total += d;
    if (t.speaker === LEARNER) learner += d;
  }
  return total > 0 ? round(learner / total) : null;
}

/** The learner starting to speak before the other person has finished. */
function interruptions(turns: readonly GradingTurn[]): number {
  let n = 0;
  for (let i = 1; i < turns.length; i++) {
    const prev = turns[i - 1] as GradingTurn;
    const cur = turns[i] as GradingTurn;
    if (cur.speaker === LEARNER && prev.speaker !== LEARNER && (cur.start ?? 0) < (prev.end ?? 0) - 0.2) n++;
  }
  return n;
}

function longSilences(turns: readonly GradingTurn[]): number {
  let n = 0;
  for (let i = 1; i < turns.length; i++) {
    const gap = (turns[i]?.start ?? 0) - (turns[i - 1]?.end ?? 0);
    if (gap >= LONG_SILENCE_SECONDS) n++;
  }
  return n;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function round(value: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
