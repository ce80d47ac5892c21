// Deterministic detectors for the open disclosure rubric: acknowledging what went wrong, saying sorry, explaining
// what is known and not known, no blame, what happens next, and who to contact. A turn with harm in it is never
// evidence of good practice (features.ts), and blame or excuses are found by the harm finder.

import type { HarmKind } from '../sim/harm-lexicon.ts';
import { type Detector, harmQuotes, type RubricDetectors, turnNumber, twoPart } from './detector-types.ts';
import type { ConversationFeatures, LearnerTurnFeatures } from './features.ts';
import type { Quote } from './report-types.ts';
import { quoteMatching, quoteShowing, showsPlainly } from './showing.ts';

const WENT_WRONG = new RegExp(
  `\\b(?:${[
    'went wrong',
    "should(?: not|n't) have happened",
    "(?:was|were|wasn't|was not|weren't|were not) (?:missed|overlooked|delayed|acted on|followed up|picked up|checked|seen|passed on)",
    'should have been (?:acted on|seen|followed up|picked up|treated|spotted|checked|given|stopped|sent)',
    'we (?:missed|got (?:this|it|that) wrong|failed|made (?:a|an) (?:mistake|error)|let (?:you|her|him|them) down)',
    'an? (?:mistake|error) (?:was|has been) made',
    '(?:our|my|the) (?:mistake|error|failure)',
    'fell short',
    '(?:nobody|no one|no-one) (?:acted on|followed up|picked up|checked|looked at|actioned|arranged)',
    'let (?:you|her|him|them|your \\w+) down',
    'not (?:the|good) (?:care|standard) (?:she|he|you|they) (?:should|deserved)',
    // What should have been, said against what was: "Her bed alarm should have been switched on, and it wasn't",
    // "That visit should have happened, and it didn't", "which it shouldn't have", "longer than it should have been".
    "should (?:have|never have|only have)\\b[^.;]{0,80}\\b(?:and|but) (?:it|they|we|he|she|that|this) (?:wasn't|weren't|didn't|did not|hasn't|haven't|was not|were not)",
    "which (?:it|they|he|she) (?:shouldn't|should not) have",
    '(?:longer|later) than (?:it|they|he|she|you) should have been',
    'should only have had',
    // Owned in the first person, or as the job not done: "That was our mistake", "I didn't pick up", "I got something
    // wrong", "It was our job to catch it, and we didn't", "the check that should have caught it didn't".
    '(?:that|it|this) was (?:still )?(?:a |our )?(?:serious |big |real )?(?:mistake|wrong)',
    // "…and it should never have got as far as your bedside."
    'should never have (?:got|gone|happened|reached|been|left|come)',
    // "…switched off on Tuesday night when it should have been on", "…that's what happened, and it shouldn't have."
    '(?:when|where) (?:it|they|he|she) should (?:have been|not have been|never have been)',
    "(?:and|but) (?:it|that|this|they|he|she) (?:shouldn't|should not) have(?! to)",
    'a mistake on (?:our|my) part',
    "(?:i|we) (?:didn't|did not|never) (?:pick|check|spot|catch|notice|arrange|send|book|follow|act|chase|look)",
    '(?:i|we) got (?:something|it|this|that) wrong',
    '(?:was|is) (?:our|my) (?:job|responsibility)',
    '(?:was|were) never (?:arranged|sent|booked|done|looked at|acted on|reported|followed up|made)',
    'should have caught',
  ].join('|')})\\b`,
  'i',
);
const KNOWN = new RegExp(
  `\\b(?:${[
    'what we know',
    'we (?:now )?know (?:that|now)',
    'the (?:result|test|scan|sample|report|x-ray) (?:showed|was|came back)',
    'at the moment',
    "(?:she|he|they|you)(?:'s| is| are|'re| was| were) (?:now |still |much |a bit )?(?:on|improving|stable|better|worse|drowsy|awake|comfortable|responding|talking|eating|going in the right direction)",
    "(?:she|he|they|you)(?:'s| has| have|'ve| had) (?:got |had )?(?:sepsis|a stroke|an infection|pneumonia|a bleed|appendicitis|a fracture)",
    '(?:result|sample|test|scan) (?:came back|showed|shows|was sent)',
    // Not "I'll ring to see how your sugars are doing", which is a plan.
    '(?<!how )(?:his|her|their|your) (?:sugar|blood pressure|oxygen|breathing|kidney|temperature)\\w* (?:has|have|is|are|was|were)',
    // The facts told as they happened (the read blind sets' writers quoted these): "The X-ray you had in March showed
    // a shadow", "He was found on the floor beside it". (What was missed or done wrong they quoted as the fault owned.)
    '(?:scan|x-?ray|biopsy|letter|report|result|test|film|swab)s? (?:\\w+ ){0,4}(?:showed|shows|found|said|went)',
    '(?:was|were) found (?:on|in|by|at|lying)',
  ].join('|')})\\b`,
  'i',
);
const NOT_YET_KNOWN = new RegExp(
  `\\b(?:${[
    "(?:we|i) (?:honestly |really |just )?(?:don't|do not|can't|cannot) (?:honestly |yet |fully )?(?:know|say|tell)",
    "(?:we|i) (?:don't|do not) (?:have|know) (?:all )?the (?:answers|full picture)",
    'not (?:yet )?(?:known|clear|certain)',
    'too early to (?:say|tell|know)',
    "(?:isn't|is not) (?:yet )?clear",
    'the review will (?:find|tell|show|look)',
  ].join('|')})\\b`,
  'i',
);
const REVIEW =
  /\b(?:review|reviewed|investigat\w*|look(?:ing)? into|incident|reported|(?:serious|significant) event|root cause|learning from|look at (?:where|how|what) (?:it|this|that|things) went)\b/i;
const FINDINGS_SHARED = new RegExp(
  [
    // Not what they must hear now ("I need to let you know that we made a mistake with your results").
    String.raw`\b(?<!(?:need|needed|want|wanted|have|got) to )(?:share|tell|give|send|explain|go through|let you know)\b.{0,40}\b(?:findings|results?|what (?:it|the review|they|we) (?:finds?|found|learns?))`,
    String.raw`\bfindings .{0,30}(?:shared|sent|given) (?:to|with) you`,
    String.raw`\byou(?:'ll| will) (?:be (?:told|sent|given)|hear|get|receive) (?:the|what|a copy)`,
  ].join('|'),
  'i',
);
const CONTACT_PERSON = new RegExp(
  `\\b(?:${[
    // ("We'll see him in fracture clinic next week" is a next step.)
    "(?:i|we)(?:'ll| will) (?:ring|call|phone|contact|see (?!(?:him|her|them|you) in\\b)|update|come back|be in touch|email|write)",
    // Not a safety net on a sign ("ring us if it goes above thirty-eight"): that is a next step.
    '(?:ring|call|phone|contact) (?:me|us|the ward|\\w+ (?:before|on|any time))(?!,? if (?!you\\b))',
    '(?:my|her|his|their) (?:direct )?(?:number|extension|bleep|line)',
    '(?:named|main|single) (?:contact|person|point)',
    // Someone who will ring at a stated time: "Whoever leads the review will ring you within the fortnight".
    "(?:will|'ll) (?:ring|call|phone|contact|meet|see) you\\b(?=[^.]{0,40}\\b(?:today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|within|this week|next week|fortnight|at \\d|morning|afternoon))",
  ].join('|')})`,
  'i',
);
/**
 * Sympathy or regret for their distress is not an apology for what happened, nor is "Sorry, a small shadow on the
 * lung", which only puts a word again, nor "Sorry, that was a lot of jargon", which apologises for how it was said.
 */
const NOT_FOR_THE_EVENT = new RegExp(
  [
    /\b(?:going through|for your loss|to hear (?:that|this)|any distress|may have caused|if (?:you|this|that)|on behalf of the trust for any)\b/,
    /^sorry,? (?:a|an|the|i mean|what i mean|in other words|let me (?:put|say|rephrase))\b/,
    /\bsorry\b.{0,30}\b(?:jargon|rambling|waffl\w*|interrupt\w*|keep(?:ing)? you waiting|for the wait)\b/,
  ]
    .map((r) => r.source)
    .join('|'),
  'i',
);
const RAISE_CONCERN =
  /\b(?:pals|patient advice|liaison service|complaint|complaints|raise (?:a |any |your )?concerns?|formal concern|ombudsman)\b/i;
const BLAME: readonly HarmKind[] = ['blaming', 'arguing', 'dismissal', 'labelling', 'sarcasm'];

function firstMatching(f: ConversationFeatures, pattern: RegExp): LearnerTurnFeatures | undefined {
  return f.learner.find((l) => showsPlainly(l, pattern));
}

/**
 * The first sentence that plainly says what a pattern finds and not what `otherItem` finds ("We're logging it so the
 * practice can look at where it went wrong" tells of the review, not the fault), else the first that says it at all.
 */
function firstQuoteApartFrom(
  f: ConversationFeatures,
  pattern: RegExp,
  otherItem: RegExp,
  fallBack = true,
): Quote | undefined {
  const quotes = f.learner
    .filter((l) => showsPlainly(l, pattern))
    .map((l) => quoteMatching(l, pattern, otherItem));
  return quotes.find((q) => !otherItem.test(q.quote)) ?? (fallBack ? quotes[0] : undefined);
}

/** Only announcing that there is something to own ("I need to tell you about something that went wrong"). */
const ANNOUNCED_ONLY = /\bsomething (?:that )?(?:went|has gone|had gone) wrong\b/i;
/** What a plain statement of the fault comes before: a review of it, or an announcement that there is one. */
const NOT_THE_FAULT_ITSELF = new RegExp(`${REVIEW.source}|${ANNOUNCED_ONLY.source}`, 'i');

const acknowledge: Detector = (f) => {
  // A fault told only as what the review will look at ("…so the unit will look at how it was missed") is not owned.
  const said = firstQuoteApartFrom(f, WENT_WRONG, NOT_THE_FAULT_ITSELF, false);
  return said
    ? {
        score: 1,
        evidence: [said],
        anchor: `In turn ${turnNumber(said.turn)} you said plainly what went wrong.`,
      }
    : { score: 0, evidence: [], anchor: 'You did not say plainly that something went wrong in the care.' };
};

/**
 * Sorrow for the event itself ("I'm so sorry this has happened to you"): the conversation engine hears it as
 * sympathy, but after harm in care it is the apology the duty of candour asks for, an expression of sorrow or regret.
 */
const SORROW_FOR_THE_EVENT =
  /\bsorry (?:that )?(?:this|it|that|all this|what) (?:has |'s |is )?(?:been )?happen(?:ed|ing)\b/i;

/**
 * An apology that owns the failing in the same breath ("the result should have been acted on, it wasn't, and I am
 * sorry"): cited beside the first apology, so it still shows one when a bare "I am sorry." is doubted.
 */
const PERSONAL_SORRY =
  /^(?!sorry\b).*\b(?:i am|i'm|we are|we're) (?:so |very |really |truly |deeply )?sorry\b/i;
// The failing owned is what acknowledging it finds (WENT_WRONG).
const ownsApology = (quote: string) => PERSONAL_SORRY.test(quote) && WENT_WRONG.test(quote);

const apologise: Detector = (f) => {
  const said = f.learner
    .map((l) =>
      l.acts.has('apology')
        ? quoteShowing(l, 'apology')
        : showsPlainly(l, SORROW_FOR_THE_EVENT)
          ? quoteMatching(l, SORROW_FOR_THE_EVENT)
          : undefined,
    )
    .filter((q): q is Quote => q !== undefined && !NOT_FOR_THE_EVENT.test(q.quote));
  const [sorry] = said;
  const owned = said.find((q) => q !== sorry && ownsApology(q.quote));
  return sorry
    ? {
        score: 1,
        evidence: owned ? [sorry, owned] : [sorry],
        anchor: `In turn ${turnNumber(sorry.turn)} you apologised for what happened.`,
      }
    : { score: 0, evidence: [], anchor: 'You did not apologise for what happened.' };
};

const explainKnown: Detector = (f) => {
  const known = firstMatching(f, KNOWN);
  const unknown = firstMatching(f, NOT_YET_KNOWN);
  return twoPart(known && quoteMatching(known, KNOWN), unknown && quoteMatching(unknown, NOT_YET_KNOWN), [
    'You said what is known and what is not yet known.',
    'You said what is known but not what is still uncertain.',
    'You said what is not yet known but not what is known.',
    'You did not explain what is known so far.',
  ]);
};

const noBlame: Detector = (f) => {
  const quotes = f.learner.flatMap((l) => harmQuotes(l, BLAME));
  return {
    score: quotes.length === 0 ? 1 : quotes.length === 1 ? 0.5 : 0,
    evidence: quotes.slice(0, 3),
    anchor:
      quotes.length === 0
        ? 'You did not blame anyone or excuse the care.'
        : `In turn ${turnNumber(quotes[0]?.turn)} you blamed, excused or argued${quotes.length > 1 ? `, ${quotes.length} times in all` : ''}.`,
  };
};

const nextSteps: Detector = (f) => {
  const review = firstMatching(f, REVIEW);
  const shared = firstMatching(f, FINDINGS_SHARED);
  return twoPart(review && quoteMatching(review, REVIEW), shared && quoteMatching(shared, FINDINGS_SHARED), [
    'You said the event will be reviewed and that they will hear what it finds.',
    'You said the event will be reviewed but not that they will hear what it finds.',
    'You said they will hear the findings but not how it will be reviewed.',
    'You did not say what happens next about what went wrong.',
  ]);
};

const contact: Detector = (f) => {
  // "I'll come back and tell you" said of the review tells what happens next; who will be in touch is said apart.
  const person = firstQuoteApartFrom(f, CONTACT_PERSON, REVIEW);
  const concern = firstMatching(f, RAISE_CONCERN);
  return twoPart(person, concern && quoteMatching(concern, RAISE_CONCERN), [
    'You said who will be in touch and how to raise a concern.',
    'You said who will be in touch but not how to raise a concern.',
    'You said how to raise a concern but not who will be in touch.',
    'You did not say who will be in touch or how to raise a concern.',
  ]);
};

export const DISCLOSURE_DETECTORS: RubricDetectors = {
  acknowledge,
  apologise,
  'explain-known': explainKnown,
  'no-blame': noBlame,
  'next-steps': nextSteps,
  contact,
};
