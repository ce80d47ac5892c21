// Deterministic detectors for the BETA de-escalation rubric.

import { INTERPERSONAL_HARMS } from '../content/harm-kinds.ts';
import {
  type Detector,
  harmQuotes,
  lacking,
  quoteOf,
  type RubricDetectors,
  turnNumber,
  twoPart,
} from './detector-types.ts';
import { calmer } from './detectors-outcome.ts';
import type { LearnerTurnFeatures } from './features.ts';
import {
  harmlessQuoteShowing,
  introduction,
  plainestFirst,
  quoteMatching,
  quoteShowing,
  sentenceOf,
  showsPlainly,
} from './showing.ts';

/** Agreeing, or acknowledging the grievance without arguing: "You're right, six hours is too long". */
const AGREEING = new RegExp(
  `\\b(${[
    "you'?re (?:right|not wrong)",
    "that'?s (?:fair|true|right|a fair point)",
    'fair (?:enough|point)',
    'i agree',
    "i'?d (?:feel|be) the same",
    "i (?:would|'d) be (?:angry|furious|upset|fed up|annoyed) too",
    'anyone would be',
    "you have every right|you'?ve every right",
    'no wonder you',
    "it'?s not ok(?:ay)? that",
    "it shouldn'?t have|it should not have",
    'we (?:may|might) (?:not )?(?:see|agree)',
    'agree to disagree',
    // "Six hours is too long", "You've been waiting far too long".
    '(?:six|five|four|three|two|\\d+) hours? is (?:too|far too|a) long',
    "that'?s (?:too|far too) long",
    "you'?ve been (?:waiting|here) (?:too|far too|a (?:really |very )?) long",
    "(?:is|was|'s) a (?:really |very )?long (?:time|wait)",
    // Their side taken in plain words: "I'd be spitting feathers too", "That's not on", "That's on me", "Fair play".
    "i'?d be (?:[\\w-]+ ){0,3}too",
    "i (?:don'?t|do not|wouldn'?t) blame you",
    "that'?s not (?:fair|on|right|good enough|okay|ok|acceptable)\\b(?! (?:to say|what))",
    "that'?s on (?:me|us)",
    "(?:it|that|he|she|this) should(?:n'?t)? have (?:been|had|happened)",
    "(?:that'?s|it'?s|is) (?:rubbish|rotten|not ideal|not great|no good)",
    'would (?:wind|worry|frighten|upset|annoy|get to) (?:anyone|anybody|me)',
    "i'?d (?:want|feel|do) (?:just |exactly )?the same",
    'makes (?:total |complete |perfect )?sense',
    'not (?:on you|your fault|the problem)',
    '(?:gone|went) wrong (?:at |on )?(?:our|their|this) end',
    'fair play|(?<!to be )fair',
    "you'?ve (?:got )?(?:every|a) (?:right|reason|point)",
  ].join('|')})\\b`,
  'i',
);

/**
 * Asking what they want or need, or giving back what they said they want. Widened with the wordings the read blind
 * sets' writers quoted for this item ("What would work for you…?", "Is there anything you need…?", "What's worrying
 * you most…?", "So what you want is your full four hours"). Choices offered ("Which would you rather?") and wants
 * given back ("You want to go home") they quoted as often not, so these are left out.
 */
const WANTS = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`what (?:do|would) you (?:most |really )?(?:want|need|like)`,
      String.raw`what would (?:help|make|work)`,
      String.raw`what can (?:i|we) do|how can (?:i|we) help|what do you need`,
      String.raw`what(?:'s| is) (?:most )?important to you|what matters (?:most )?to you`,
      String.raw`what(?:'s| is) (?:the )?(?:one thing|most important thing)`,
      String.raw`is there anything (?:you need|you'd like|i can (?:get|do))`,
      String.raw`what(?:'s| is) (?:worrying|bothering|pulling|weighing on|riding on)`,
      String.raw`what you want is`,
    ].join('|') +
    String.raw`)`,
  'i',
);
/**
 * A hopeful way forward that someone could hold the learner to: what they will do, or when ("I'll ring you as soon as
 * the surgeons give a time", "you're next, in about forty minutes", "the signs are going the right way"). "Let's see
 * what we can do" and "We'll get you seen as soon as we can" promise nothing in particular, and "I'll make sure
 * they're with you within the hour" promises what nobody can.
 */
const OPTIMISM = new RegExp(
  String.raw`\b(?<!\bmake sure\b[^.?!]*)(?:` +
    [
      String.raw`(?:i|we)(?:'ll| will| can|'m going to| are going to) (?:get|ring|call|come back|come straight back|sort|ask|find out|move|give|sign|check|bring|look at|arrange|book|leave)\b(?! (?:you seen|to you) as soon as)`,
      String.raw`(?:within|in about|in the next|by) (?:\w+ )?(?:minutes?|hours?|hour|the hour)`,
      String.raw`going the right way|usually settles|turn the corner|things can get better|there(?:'s| is) a way`,
    ].join('|') +
    String.raw`)\b`,
  'i',
);

const verbalContact: Detector = (f) => {
  const intro = f.learner
    .slice(0, 2)
    .map(introduction)
    .find((q) => q !== null);
  return intro
    ? { score: 1, evidence: [intro], anchor: 'You opened by introducing yourself.' }
    : { score: 0, evidence: [], anchor: 'You did not introduce yourself at the start.' };
};

const doNotProvoke: Detector = (f) => {
  const provoking = f.learner.filter((l) => harmQuotes(l, INTERPERSONAL_HARMS).length > 0);
  return {
    score: provoking.length === 0 ? 1 : provoking.length === 1 ? 0.5 : 0,
    evidence: provoking.flatMap((l) => harmQuotes(l, INTERPERSONAL_HARMS)).slice(0, 3),
    anchor:
      provoking.length === 0
        ? 'You never ordered, threatened or dismissed.'
        : `In turn ${turnNumber(provoking[0]?.turn.index)} you ordered, threatened or dismissed${provoking.length > 1 ? `, and did so ${provoking.length} times in all` : ''}.`,
  };
};

/**
 * Short, simple sentences and no long speech. Chosen on the read blind sets' labels (152 transcripts): the writers'
 * "concise" follows how long the sentences run and the longest turn far better than words per turn (0.68 of labels
 * matched, against 0.51).
 */
const SHORT_SENTENCE_WORDS = 13;
const LONG_SENTENCE_WORDS = 15;
const LONG_TURN_WORDS = 55;
const SPEECH_WORDS = 130;

const concise: Detector = (f) => {
  if (f.learner.length === 0) return { notAssessed: 'the learner did not speak' };
  const sentences = f.learner.reduce((a, l) => a + Math.max(1, l.sentences.length), 0);
  const perSentence = f.metrics.learnerWords / sentences;
  const longest = f.learner.reduce((a, b) => (b.words > a.words ? b : a));
  const score =
    perSentence > LONG_SENTENCE_WORDS || longest.words > SPEECH_WORDS
      ? 0
      : perSentence <= SHORT_SENTENCE_WORDS && longest.words <= LONG_TURN_WORDS
        ? 1
        : 0.5;
  return {
    score,
    evidence: longest.words > LONG_TURN_WORDS ? [lacking(quoteOf(longest.turn))] : [],
    anchor: `Your sentences averaged ${Math.round(perSentence)} words${longest.words > LONG_TURN_WORDS ? `, and turn ${turnNumber(longest.turn.index)} ran to ${longest.words}` : ''}.`,
  };
};

const wantsAndFeelings: Detector = (f) => {
  const asked = f.learner.find((l) => showsPlainly(l, WANTS));
  const named = f.learner.find((l) => l.acts.has('nurse-naming'));
  return twoPart(asked && quoteMatching(asked, WANTS), named && quoteShowing(named, 'nurse-naming'), [
    'You asked what they wanted and named how they felt.',
    'You asked what they wanted but did not name how they felt.',
    'You named how they felt but did not ask what they wanted.',
    'You did not ask what they wanted or name how they felt.',
  ]);
};

/** Whether a reflection only names how they feel ("You sound furious"): that finds feelings, it does not listen back. */
function namesFeelingOnly(l: LearnerTurnFeatures, quote: string): boolean {
  return sentenceOf(l, quote)?.acts.includes('nurse-naming') === true;
}

const listen: Detector = (f) => {
  const reflections = f.learner.flatMap((l) => l.reflections.filter((r) => !namesFeelingOnly(l, r.quote)));
  // Asking what worries them most is quoted for wants and feelings, not as listening; a stock check-in ("How are you
  // doing?") shows no exploring at all.
  const exploring = f.learner
    .map((l) => harmlessQuoteShowing(l, 'nurse-exploring', WANTS))
    .find((q) => q !== undefined);
  const score =
    reflections.length >= 2 || (reflections.length >= 1 && exploring)
      ? 1
      : reflections.length || exploring
        ? 0.5
        : 0;
  return {
    score,
    evidence: [
      ...plainestFirst(f.learner, reflections)
        .slice(0, 2)
        .map(({ turn, quote }) => ({ turn, quote, shows: true })),
      ...(exploring ? [exploring] : []),
    ],
    anchor: `You reflected back ${reflections.length} time${reflections.length === 1 ? '' : 's'}${exploring ? ' and explored their concern' : ''}.`,
  };
};

const limits: Detector = (f) => {
  const limit = f.learner.find((l) => l.acts.has('limit-setting'));
  return limit
    ? {
        score: 1,
        evidence: [quoteShowing(limit, 'limit-setting')],
        anchor: `In turn ${turnNumber(limit.turn.index)} you set a clear, respectful limit.`,
      }
    : { score: 0, evidence: [], anchor: 'You did not set a clear, respectful limit.' };
};

const choicesOptimism: Detector = (f) => {
  const choice = f.learner.find((l) => l.acts.has('offering-choices'));
  const hopeful = f.learner.find((l) => showsPlainly(l, OPTIMISM));
  return twoPart(
    choice && quoteShowing(choice, 'offering-choices'),
    hopeful && quoteMatching(hopeful, OPTIMISM),
    [
      'You offered choices and a hopeful way forward.',
      'You offered a choice but no hopeful way forward.',
      'You sounded hopeful but offered no choice.',
      'You offered neither a choice nor a hopeful way forward.',
    ],
  );
};

/** Done when they agreed with something or acknowledged the grievance, and never argued; partly when both. */
const agree: Detector = (f) => {
  const agreeing = f.learner.filter((l) => showsPlainly(l, AGREEING));
  const arguing = f.learner.filter((l) => harmQuotes(l, ['arguing']).length > 0);
  const score = agreeing.length > 0 ? (arguing.length > 0 ? 0.5 : 1) : 0;
  return {
    score,
    evidence: [
      ...agreeing.slice(0, 2).map((l) => quoteMatching(l, AGREEING)),
      ...arguing.flatMap((l) => harmQuotes(l, ['arguing'])).slice(0, 2),
    ],
    anchor:
      agreeing.length > 0
        ? `In turn ${turnNumber(agreeing[0]?.turn.index)} you agreed with them or acknowledged their grievance${arguing.length > 0 ? `, but in turn ${turnNumber(arguing[0]?.turn.index)} you argued` : ''}.`
        : arguing.length > 0
          ? `In turn ${turnNumber(arguing[0]?.turn.index)} you argued instead of finding something to agree with.`
          : 'You did not find anything to agree with or acknowledge their grievance.',
  };
};

export const BETA_DETECTORS: RubricDetectors = {
  'verbal-contact': verbalContact,
  'do-not-provoke': doNotProvoke,
  concise,
  'wants-and-feelings': wantsAndFeelings,
  listen,
  agree,
  limits,
  'choices-optimism': choicesOptimism,
  calmer: calmer,
};
