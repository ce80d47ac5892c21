// Deterministic detectors for the SPIKES rubric.

import {
  type Detector,
  harmQuotes,
  lacking,
  quoteOf,
  type RubricDetectors,
  turnNumber,
  twoPart,
} from './detector-types.ts';
import { metWithEmpathy } from './detectors-emotion.ts';
import { trustKept } from './detectors-outcome.ts';
import type { ConversationFeatures, LearnerTurnFeatures } from './features.ts';
import { harmlessQuoteShowing, introduction, quoteMatching, quoteShowing, showsPlainly } from './showing.ts';

/** Seating and privacy: the scene set, but less telling than a check on the moment or who should be there. */
const SEATING_WORDS = [
  'sit down|take a seat|have a seat|sit with you|pull (?:up )?(?:a|this|the) chair|pull the curtains?|curtains? round',
  'come and sit|sit yourself down|grab (?:a|whichever) chair',
].join('|');
const SEATING = new RegExp(`\\b(?:${SEATING_WORDS})\\b`, 'i');
const SETTING_CHECK = new RegExp(
  `\\b(${[
    SEATING_WORDS,
    'good time|is now (?:a )?(?:good|ok|okay)|(?:all right|ok|okay|alright) (?:if|to)|mind if|private',
    "quiet room|somewhere quiet|where it's quieter|relatives' room|won't be interrupted|not be interrupted",
    '(?:nobody|no one) (?:comes|will come) in|(?:happy|okay|ok|alright|all right) for \\w+ to (?:be here|stay)',
    'would you like (?:anyone|someone|your \\w+)|who would you like|anyone (?:else )?(?:here|with you|joining)',
    'just you today|switched? (?:off|my) (?:bleep|pager|phone)|(?:handed|given) (?:my|the) (?:bleep|pager|phone)',
    'barge in|be interrupted|sit in with us|ought to be here|should be here|(?:like|want) us to (?:phone|call|ring)',
    '(?:anyone|someone) with you|on (?:their|his|her) way|come on your own|(?:still )?an? (?:ok|okay|good|alright) time',
    'happy for \\w+ to (?:stay|be here|sit in)|wait for \\w+ .{0,30}before we (?:talk|start)|alright if we (?:have a )?(?:chat|talk)',
  ].join('|')})\\b`,
  'i',
);
const EXPLAINED =
  /\b(which means|that means|this means|in other words|meaning|it's called|is called|what that means|put simply|in plain)\b/i;
// "Any questions?" invites questions but checks nothing the person has understood.
const CHECKING = new RegExp(
  `\\b(${[
    'does that make sense|is that (?:clear|ok|okay)|are you (?:with me|following)|how are you (?:doing|feeling) with',
    "what do you make of|tell me what you understood|can you tell me what you've understood|is that too much",
    "how much of that|what have you (?:taken|understood)|so I know I(?:'ve| have) (?:been clear|explained)",
    "tell me (?:those|that|it|them) (?:\\w+ )?back|what you(?:'ll| will) (?:say|tell)",
    // Checked in other words, or paused on: "Is that making sense?", "How's that landing?", "How much of that has
    // gone in?", "What are you taking from what I've said?", "I'll stop there for a moment."
    "(?:does|is) (?:that|this|it|all that)(?: [\\w']+)? mak(?:e|ing) (?:more )?sense",
    "is (?:that|this) (?:ok|okay|all right|alright)(?: to hear)?,? so far|how(?:'s| is) (?:that|this|it) landing",
    'how are you doing with (?:that|this|it)|(?:gone|going|sunk) in|stuck with you|in your own words',
    "(?:taking|take) (?:from|away|home)|is that how you(?:'ve| have) understood",
    "(?:I'll|I will|I'm going to|let me|shall I) stop (?:there|for a (?:moment|minute|second)|for now)",
  ].join('|')})\\b`,
  'i',
);
/** Words that soften death or cancer until the meaning is lost ("we lost her", "passed"), unless said plainly too. */
const EUPHEMISM =
  /\b(lost (?:her|him|them)|passed (?:away|on)?|slipped away|no longer with us|gone to a better place|didn't make it|a (?:growth|shadow|mass)|some (?:abnormal|funny|suspicious) cells)\b/i;
const PLAIN_NEWS = /\b(died|dead|death|cancer|tumour|malignant|miscarriage|dementia)\b/i;
/**
 * A next step someone could act on: what happens, who they will see, when. ("We'll look after you", "it's the team"
 * and "the lymphoma has come back" name no step.)
 */
const OWN_PLAN = [
  String.raw`next steps?|the plan|plan (?:is|for)|appointment|refer\w*|follow[- ]up`,
  "(?:we|I)(?: will|'ll) (?:do|arrange|book|see|start|get|ask|refer|ring|call|send|talk|meet|go through|sort|organise|set up|make)",
  'see you|meet again|come back (?:and|to|in|on|next|if|tomorrow)|(?:call|ring|phone) you|talk again',
  String.raw`tomorrow|next week|in (?:a|two|three|four|\d+) (?:days?|weeks?|months?)`,
];
/** Someone else will take it on: a next step, but a hand-off ("A nurse will take you through") more than a plan. */
const HANDED_ON =
  "(?:nurse|specialist|consultant|team|oncologists?|doctors?) (?:will|'ll|who)|palliative care";
const PLAN = new RegExp(String.raw`\b(?:${[...OWN_PLAN, HANDED_ON].join('|')})\b`, 'i');
/**
 * A plan in the learner's own words, quoted before a hand-off: in the read blind sets, writers counted 0.39 of
 * hand-offs as a plan agreed, and 0.65 to 0.83 of the rest.
 */
const OWN_PLAN_PATTERN = new RegExp(String.raw`\b(?:${OWN_PLAN.join('|')})\b`, 'i');
const NO_STEP =
  /\b(?:look after you|keep you comfortable|something we(?:'ll| will) look at|one for (?:the|dr|doctor)\b)/i;

const newsTurns = (f: ConversationFeatures) => f.learner.filter((l) => l.acts.has('news-delivery'));
const firstWith = (f: ConversationFeatures, test: (l: LearnerTurnFeatures) => boolean) =>
  f.learner.find(test);

const setting: Detector = (f) => {
  const opening = f.learner.slice(0, 3);
  const intro = opening.map(introduction).find((q) => q !== null);
  const check = opening.find((l) => showsPlainly(l, SETTING_CHECK));
  // A check on the moment or on who should be there is quoted before an invitation to sit.
  const checksMoment = opening.find(
    (l) =>
      showsPlainly(l, SETTING_CHECK) &&
      l.sentences.some((s) => SETTING_CHECK.test(s.sentence.text) && !SEATING.test(s.sentence.text)),
  );
  const quoted = check && quoteMatching(checksMoment ?? check, SETTING_CHECK, SEATING);
  return twoPart(intro, quoted, [
    'You introduced yourself and set the scene.',
    'You introduced yourself but did not check it was a good moment or who should be there.',
    'You set the scene but did not introduce yourself.',
    'You did not introduce yourself or set the scene at the start.',
  ]);
};

const perception: Detector = (f) => {
  const m = f.metrics;
  const check = firstWith(f, (l) => l.acts.has('perception-check'));
  const news = newsTurns(f)[0];
  if (check && (!news || check.turn.index <= news.turn.index)) {
    return {
      score: 1,
      evidence: [quoteShowing(check, 'perception-check')],
      anchor: `In turn ${turnNumber(check.turn.index)} you asked what they knew first.`,
    };
  }
  return {
    score: 0,
    evidence: news ? [lacking(quoteShowing(news, 'news-delivery'))] : [],
    anchor: news
      ? `In turn ${turnNumber(news.turn.index)} you gave the news${m.firstPerceptionTurn === null ? ' without asking what they already knew' : ' before asking what they already knew'}.`
      : 'You did not ask what they already knew or suspected.',
  };
};

const invitation: Detector = (f) => {
  const news = newsTurns(f)[0];
  const inv = firstWith(f, (l) => l.acts.has('invitation') && (!news || l.turn.index <= news.turn.index));
  return inv
    ? {
        score: 1,
        evidence: [quoteShowing(inv, 'invitation')],
        anchor: `In turn ${turnNumber(inv.turn.index)} you asked how much they wanted to know.`,
      }
    : {
        score: 0,
        evidence: [],
        anchor: 'You did not ask how much they wanted to know before giving the results.',
      };
};

const warningShot: Detector = (f) => {
  const news = newsTurns(f)[0];
  if (!news) return { notAssessed: 'no news was delivered in this conversation' };
  const warn = firstWith(f, (l) => l.acts.has('warning-shot') && l.turn.index <= news.turn.index);
  return warn
    ? {
        score: 1,
        evidence: [quoteShowing(warn, 'warning-shot')],
        anchor: `In turn ${turnNumber(warn.turn.index)} you prepared them for the news.`,
      }
    : {
        score: 0,
        evidence: [lacking(quoteShowing(news, 'news-delivery'))],
        anchor: `In turn ${turnNumber(news.turn.index)} the news came without a warning.`,
      };
};

const JARGON_HEAVY_TERMS = 4;

/** A turn with this many different medical words, before the plain news, gave the news in jargon. */
const NEWS_IN_JARGON_TERMS = 3;

/** Up to three different terms, quoted for a reader: "ct", "malignancy", "hepatic". */
function quotedTerms(terms: readonly string[]): string {
  return [...new Set(terms)]
    .slice(0, 3)
    .map((t) => `"${t}"`)
    .join(', ');
}

const plainLanguage: Detector = (f) => {
  const news = newsTurns(f);
  const scope = news.length > 0 ? news : f.learner;
  const withJargon = scope.filter((l) => l.jargon.length > 0);
  const softened = news.filter((l) => EUPHEMISM.test(l.turn.text) && !PLAIN_NEWS.test(l.turn.text));
  if (withJargon.length === 0 && softened[0]) {
    return {
      score: 0.5,
      evidence: [lacking(quoteMatching(softened[0], EUPHEMISM))],
      anchor: `In turn ${turnNumber(softened[0].turn.index)} the news came in softened words ("${softened[0].turn.text.match(EUPHEMISM)?.[0]}") and was never said plainly.`,
    };
  }
  // News first given in medical words ("Your CT shows a primary lung malignancy with hepatic metastases") and said
  // plainly only when they asked: three terms or more in a turn before the plain news.
  const firstNews = news[0]?.turn.index ?? Number.POSITIVE_INFINITY;
  const inJargonFirst = f.learner.find(
    (l) => l.turn.index < firstNews && new Set(l.jargon).size >= NEWS_IN_JARGON_TERMS,
  );
  if (withJargon.length === 0 && inJargonFirst) {
    const terms = new Set(f.learner.flatMap((l) => l.jargon)).size;
    return {
      score: terms >= JARGON_HEAVY_TERMS ? 0 : 0.5,
      evidence: [lacking(quoteOf(inJargonFirst.turn))],
      anchor: `In turn ${turnNumber(inJargonFirst.turn.index)} you first gave the news in medical words (${quotedTerms(inJargonFirst.jargon)}), and said it plainly only later.`,
    };
  }
  // Plain news followed by jargon ("…then an MDT and a PET-CT") is only partly plain: two terms or more, in any turns.
  const elsewhere = f.learner.filter((l) => l.jargon.length > 0);
  const termsElsewhere = new Set(elsewhere.flatMap((l) => l.jargon)).size;
  if (withJargon.length === 0 && termsElsewhere >= 2) {
    return {
      score: 0.5,
      evidence: elsewhere.slice(0, 2).map((l) => lacking(quoteOf(l.turn))),
      anchor: `The news itself was plain, but from turn ${turnNumber(elsewhere[0]?.turn.index)} you used medical words (${quotedTerms(elsewhere.flatMap((l) => l.jargon))}).`,
    };
  }
  if (withJargon.length === 0) {
    return {
      score: 1,
      evidence: news.flatMap((l) => harmlessQuoteShowing(l, 'news-delivery') ?? []).slice(0, 1),
      anchor: 'You gave the news in plain words.',
    };
  }
  const unexplained = withJargon.filter((l) => !EXPLAINED.test(l.turn.text));
  const first = (unexplained[0] ?? withJargon[0]) as LearnerTurnFeatures;
  // A word or three of jargon is partly plain; four or more different terms is not plain at all, explained or not
  // (the read blind sets' writers: 0.57 of their labels matched before, when any unexplained term meant not done).
  const terms = new Set(f.learner.flatMap((l) => l.jargon)).size;
  return {
    score: terms >= JARGON_HEAVY_TERMS ? 0 : 0.5,
    evidence: withJargon.slice(0, 3).map((l) => lacking(quoteOf(l.turn))),
    anchor: `In turn ${turnNumber(first.turn.index)} you used "${first.jargon[0]}"${unexplained.length === 0 ? ' and then explained it' : ' without explaining it'}.`,
  };
};

/**
 * Small pieces, checked: turns of about 55 words or fewer while giving the news, and a check that it went in. Unchecked
 * it is not done, however short the pieces. Where no turn is found to give the news, every turn is judged. Bars
 * chosen on the read blind sets' labels (159 transcripts; 0.45 of them matched before, with 40 words, unchecked
 * short turns partly done, and no judgement without a news turn).
 */
const SMALL_PIECE_WORDS = 55;
const LONG_PIECE_WORDS = 95;

const chunking: Detector = (f) => {
  if (f.learner.length === 0) return { notAssessed: 'the learner did not speak' };
  const news = newsTurns(f);
  const scope = news.length > 0 ? news : f.learner;
  const words = Math.round(scope.reduce((n, l) => n + l.words, 0) / scope.length);
  const check = firstWith(f, (l) => showsPlainly(l, CHECKING));
  const size = words <= SMALL_PIECE_WORDS ? 1 : words <= LONG_PIECE_WORDS ? 0.5 : 0;
  const longest = scope.reduce((a, b) => (b.words > a.words ? b : a));
  return {
    score: check ? size : 0,
    evidence: [quoteOf(longest.turn), ...(check ? [quoteMatching(check, CHECKING)] : [])],
    anchor: `${news.length > 0 ? 'While giving the news you' : 'You'} averaged ${words} words a turn${check ? ' and checked understanding' : ' and did not check understanding'}.`,
  };
};

const noFalseReassurance: Detector = (f) => {
  const found = f.learner.filter((l) => harmQuotes(l, ['false-promise']).length > 0);
  return found.length === 0
    ? { score: 1, evidence: [], anchor: 'You did not offer reassurance you could not promise.' }
    : {
        score: 0,
        evidence: found.flatMap((l) => harmQuotes(l, ['false-promise'])).slice(0, 3),
        anchor: `In turn ${turnNumber(found[0]?.turn.index)} you reassured them before their worries were heard.`,
      };
};

const strategySummary: Detector = (f) => {
  const lastThird = f.learner.slice(Math.floor((f.learner.length * 2) / 3));
  const summary = f.learner.find((l) => l.acts.has('summary'));
  const planIn = (pattern: RegExp) =>
    lastThird.find((l) => showsPlainly(l, pattern) && !NO_STEP.test(quoteMatching(l, pattern).quote));
  const ownPlan = planIn(OWN_PLAN_PATTERN);
  const handOff = ownPlan ? undefined : planIn(PLAN);
  const plan = ownPlan ? quoteMatching(ownPlan, OWN_PLAN_PATTERN) : handOff && quoteMatching(handOff, PLAN);
  return twoPart(summary && quoteShowing(summary, 'summary'), plan, [
    'You summarised and agreed next steps.',
    'You summarised but did not agree a plan.',
    'You talked about next steps but did not summarise.',
    'The conversation ended without a summary or a plan.',
  ]);
};

export const SPIKES_DETECTORS: RubricDetectors = {
  setting,
  perception,
  invitation,
  'warning-shot': warningShot,
  'plain-language': plainLanguage,
  chunking,
  emotions: metWithEmpathy,
  'no-false-reassurance': noFalseReassurance,
  'strategy-summary': strategySummary,
  'trust-kept': trustKept,
};
