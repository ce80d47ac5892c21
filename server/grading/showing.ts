// Which sentence of a learner's turn shows a behaviour, for evidence that points at it. Stock empathy on its own
// ("I understand.", "How are you doing?"), empathy taken back by "but" (yes-but.ts) and a sentence the listener
// could not follow (unexplained jargon) show no empathy, choice, limit or summary: the act is not credited when
// only such sentences carry it.

import type { LearnerAct } from '../content/acts.ts';
import { EMOTION } from '../sim/act-cues-shared.ts';
import { introducesSelf } from '../sim/act-cues-spikes.ts';
import { findJargon } from '../sim/jargon-lexicon.ts';
import type { Sentence } from '../sim/utterance-shape.ts';
import { quoteOf } from './detector-types.ts';
import type { LearnerTurnFeatures, TurnSentence } from './features.ts';
import { SAYING_FOR_THEM, STEERING } from './reflections.ts';
import type { Quote } from './report-types.ts';
import { butUndoes } from './yes-but.ts';

const STOCK_OPENERS =
  '(?:(?:ok(?:ay)?|right|yes|yeah|i know|look|well|bless you|aw+|oh|love|sweetheart|darling|mate|of course|no problem(?: at all)?|and),? )*';
/** "completely", "really": intensifiers that add nothing of theirs. */
const SO = '(?:completely |totally |fully |really )?';
/** How hard it is, said of no one thing: "difficult", "a really difficult time", "a lot". */
const HARD =
  'frustrating|difficult|hard|upsetting|a (?:really |very )?difficult (?:situation|time)|a lot|scary|tough|awful';
const STOCK_CORE = [
  `i (?:completely |totally |fully |really |do )?(?:understand|hear you|get it|know|appreciate that|appreciate (?:it|this)(?: is| must be)?)(?:,? i (?:really |truly )?do)?`,
  `i ${SO}understand (?:your|how you feel|that|this|where you're coming from)(?: frustration| concern| concerns| worry| worries| anger)?`,
  `i ${SO}understand (?:you're|you are) (?:frustrated|upset|angry|worried|annoyed|cross|concerned)`,
  // A check-in anyone would say: "How are you doing?", "How are you holding up, love?"
  'how are you (?:doing|feeling|finding (?:things|it|it all|all this)|holding up|getting on|coping)(?: today| now| at the moment)?',
  // Claims and thanks that name nothing of theirs: "I know exactly how you feel", "Thank you for sharing that".
  "i (?:hear (?:you|what you(?:'re| are) saying)(?:,? and)? )?i know exactly how you(?:'re)? feel(?:ing)?",
  'thank you (?:so much |very much )?for sharing (?:that|this)(?: with me)?',
  `i ${SO}(?:understand|appreciate) (?:that )?(?:this|it)(?:'s| is| must be) (?:a )?(?:really |very |so )?(?:difficult|hard|tough|worrying|a lot)(?: time| situation)?(?: to take in)?(?: for you)?`,
  "(?:we(?:'re| are)|i(?:'m| am)) (?:all )?here for you",
  // "It's a lot.", "It's really scary." with nothing of theirs in it.
  "(?:it|that|this)(?:'s| is| must be) (?:really |very |so |quite )?(?:a lot|scary|hard|difficult|tough|awful|a (?:really |very )?difficult (?:situation|time))",
  // Validation said of any feeling at all: "Your feelings are completely valid", "That's totally understandable".
  `(?:your|those|these) (?:feelings|concerns|worries) are ${SO}(?:valid|understandable|natural|normal)`,
  `(?:it|that|this)(?:'s| is) ${SO}(?:valid|understandable|natural|normal)(?: to feel (?:that way|like that|(?:shocked|upset|angry|scared|worried)))?`,
  `i ${SO}(?:totally |completely )?get (?:that|it|this)`,
  `i hear (?:your|the) (?:frustration|concern|concerns|worry|anger|pain)`,
  "you(?:'re| are) being (?:really |so |very )?brave",
  'take all the time you need',
].join('|');
/** What may follow: "…, and I appreciate your frustration", "…, it must be really hard", "…, love". */
const STOCK_TAIL = [
  '(?:,? and i (?:really )?appreciate (?:your|the) (?:frustration|concern|concerns|worry))?',
  `(?:,? (?:and |but )?(?:it|that|this)(?: must be|'s| is| sounds)(?: really| very| so| quite)? (?:${HARD}))?`,
  '(?:,? (?:love|sweetheart|darling|mate|pet|i really do))?',
].join('');
// A name said after it ("I understand, Sandra.") adds nothing of theirs either.
const STOCK_VOCATIVE = '(?:,? [a-z]+(?: [a-z]+)?)?';
// Two said together ("I hear you, and your feelings are completely valid") are stock still.
const STOCK_EMPATHY = new RegExp(
  `^${STOCK_OPENERS}(?:${STOCK_CORE})(?:,? (?:and |but )?(?:${STOCK_CORE}))?${STOCK_VOCATIVE}${STOCK_TAIL}[.!?]?$`,
  'i',
);

/** Empathy acts, which stock phrases do not show. */
const EMPATHY_ACTS: readonly LearnerAct[] = [
  'nurse-naming',
  'nurse-understanding',
  'nurse-respecting',
  'nurse-supporting',
  'nurse-exploring',
];
/** Acts a sentence in unexplained jargon does not show: the listener could not follow it. */
const PLAIN_WORDS_ACTS: readonly LearnerAct[] = [
  ...EMPATHY_ACTS,
  'offering-choices',
  'limit-setting',
  'summary',
  'greeting',
  'apology',
];

/** Whether a sentence is stock empathy and nothing more. */
export function isStockEmpathy(sentence: string): boolean {
  return STOCK_EMPATHY.test(sentence.trim());
}

/** A sentence as it was said, with its closing punctuation. */
export function spoken(sentence: Sentence): string {
  return `${sentence.text.trim()}${sentence.terminal}`;
}

/** A limit said bare ("That's not OK.") has no respect or reason in it: no blind writer counted one. */
const BARE_LIMIT_WORDS = 5;

/**
 * A decision handed back with no options in it ("That's up to you.", "It's your decision."): no blind writer counted
 * one as a choice offered, and said alone it can shut the conversation.
 */
const DECISION_HANDED_BACK =
  /^(?:(?:well|okay|ok|right|look),? )?(?:that's|that is|it's|it is) (?:entirely |completely |totally )?(?:up to you|your (?:decision|choice|call))(?:,? [\w' ]{1,12})?[.!]?$/i;

function canShow(sentence: Sentence, act: LearnerAct): boolean {
  if (act === 'limit-setting' && sentence.text.trim().split(/\s+/).length <= BARE_LIMIT_WORDS) return false;
  if (act === 'offering-choices' && DECISION_HANDED_BACK.test(spoken(sentence))) return false;
  if ((act === 'summary' || EMPATHY_ACTS.includes(act)) && SAYING_FOR_THEM.test(sentence.text.trim()))
    return false;
  if (
    EMPATHY_ACTS.includes(act) &&
    (isStockEmpathy(spoken(sentence)) || butUndoes(sentence.text) || STEERING.test(sentence.text))
  )
    return false;
  if (PLAIN_WORDS_ACTS.includes(act) && findJargon(sentence.text).length > 0) return false;
  return true;
}

/**
 * Drops from a turn's acts an empathy, choice, limit or summary act that only stock phrases or jargon carry. An
 * act no single sentence carries (its cue spans two) is kept.
 */
export function withoutHollowActs(sentences: readonly TurnSentence[], acts: Set<LearnerAct>): void {
  for (const act of PLAIN_WORDS_ACTS) {
    if (!acts.has(act)) continue;
    const carrying = sentences.filter((x) => x.acts.includes(act));
    // "Putting it all together, you have motor neurone disease" gives the news; it sums nothing up.
    const shows = (x: TurnSentence) =>
      canShow(x.sentence, act) && !(act === 'summary' && x.acts.includes('news-delivery'));
    if (carrying.length > 0 && !carrying.some(shows)) acts.delete(act);
  }
}

/** A sentence that only announces what comes next: "Let me check I've got this right.", "So, to sum up". */
const ANNOUNCEMENTS = [
  'let me (?:just )?(?:try (?:and|to) )?(?:check|see|make sure|(?:put|pull) (?:(?:it|that|this|everything) )?(?:all )?together|sum (?:up|that up|it up)|recap|summari[sz]e|play (?:it|that) back)',
  'can i (?:just )?check',
  '(?:just )?to (?:sum up|summarise|recap|check)',
  // "So you've got two options." goes on into the options.
  "(?:you've|you have|you've got|there are) (?:two|three|a few|some|a couple of) (?:options|choices)",
];
const ANNOUNCES = new RegExp(
  String.raw`^(?:so,? |right,? |okay,? )?(?:${ANNOUNCEMENTS.join('|')})\b[^,;]{0,30}$`,
  'i',
);

/**
 * A sentence as quoted: one that ends in a colon ("So, the plan:") or only announces ("Let me check I've got this
 * right.") goes on into the sentence it introduces.
 */
function quoted(l: LearnerTurnFeatures, sentence: Sentence): string {
  const index = l.sentences.findIndex((s) => s.sentence === sentence);
  const next = l.sentences[index + 1];
  const introduces = sentence.terminal === ':' || ANNOUNCES.test(sentence.text.trim());
  if (introduces && next) return `${spoken(sentence)} ${spoken(next.sentence)}`;
  // "I am truly sorry, Aoife - for the lost months…": a short clause cut off by a dash says what it is about after
  // the dash, unless what follows does harm.
  const cutShort =
    sentence.terminal === '' && sentence.text.trim().split(/\s+/).length <= DASHED_CLAUSE_WORDS;
  if (cutShort && next && !l.harms.some((h) => h.quote === spoken(next.sentence)))
    return `${sentence.text.trim()} - ${spoken(next.sentence)}`;
  return spoken(sentence);
}

/** A clause this short before a dash is quoted with the clause after it. */
const DASHED_CLAUSE_WORDS = 6;

/**
 * The sentence of a turn that shows an act, for evidence that points at the behaviour rather than the whole turn;
 * the whole turn when the act needs more than one sentence to show.
 */
export function quoteShowing(l: LearnerTurnFeatures, act: LearnerAct): Quote {
  const harmless = harmlessQuoteShowing(l, act);
  if (harmless) return harmless;
  const sentence = l.sentences.find((s) => s.acts.includes(act) && canShow(s.sentence, act))?.sentence;
  return {
    ...(sentence ? { turn: l.turn.index, quote: quoted(l, sentence) } : quoteOf(l.turn)),
    shows: true,
  };
}

/**
 * The sentence of a turn that shows an act and does no harm ("…nothing more we can do" shows no plain news), and,
 * given `apartFrom`, does not say what another item quotes.
 */
export function harmlessQuoteShowing(
  l: LearnerTurnFeatures,
  act: LearnerAct,
  apartFrom?: RegExp,
): Quote | undefined {
  const harmful = new Set(l.harms.map((h) => h.quote));
  const sentence = l.sentences.find(
    (s) =>
      s.acts.includes(act) &&
      canShow(s.sentence, act) &&
      !harmful.has(spoken(s.sentence)) &&
      !apartFrom?.test(s.sentence.text.trim()),
  )?.sentence;
  return sentence && { turn: l.turn.index, quote: quoted(l, sentence), shows: true };
}

/**
 * Whether a turn with no harm shows what the pattern looks for in plain words: a sentence that matches it without
 * unexplained jargon (or the whole turn, when the match spans sentences and the turn has none).
 */
export function showsPlainly(l: LearnerTurnFeatures, pattern: RegExp): boolean {
  if (l.harms.length > 0 || !pattern.test(l.turn.text)) return false;
  const matching = l.sentences.filter((s) => pattern.test(s.sentence.text));
  if (matching.length === 0) return l.jargon.length === 0;
  return matching.some((s) => findJargon(s.sentence.text).length === 0);
}

/**
 * The sentence of a turn that matches a pattern (the whole turn when the match spans sentences), as evidence: a plain
 * one first, and of those one that does not also match `apartFrom` (what another item quotes), if there is one.
 */
export function quoteMatching(l: LearnerTurnFeatures, pattern: RegExp, apartFrom?: RegExp): Quote {
  const matching = l.sentences.filter((s) => pattern.test(s.sentence.text));
  const plain = matching.filter((s) => findJargon(s.sentence.text).length === 0);
  const sentence = (plain.find((s) => !apartFrom?.test(s.sentence.text)) ?? plain[0] ?? matching[0])
    ?.sentence;
  return {
    ...(sentence ? { turn: l.turn.index, quote: quoted(l, sentence) } : quoteOf(l.turn)),
    shows: true,
  };
}

/**
 * Where an opening turn introduces the learner: the sentence saying who they are. A greeting alone ("Hiya, love.",
 * "Hello, is that Karen Doyle?") introduces no one: blind writers credited a bare greeting as an introduction 5 times
 * in 33 in the read sets, each time for something else it said.
 */
export function introduction(l: LearnerTurnFeatures): Quote | null {
  if (l.harms.length > 0) return null;
  const own = l.sentences.find(
    (s) => introducesSelf(s.sentence.text) && findJargon(s.sentence.text).length === 0,
  );
  return own ? { turn: l.turn.index, quote: spoken(own.sentence), shows: true } : null;
}

/** The sentence of a turn that a quote was taken from (a quote is a sentence, or a part of one). */
export function sentenceOf(l: LearnerTurnFeatures, quote: string): TurnSentence | undefined {
  return l.sentences.find((s) => s.sentence.text.includes(quote) || quote.includes(s.sentence.text.trim()));
}

/** What a feeling or a hardship sounds like: "it stings", "that must have been hard", "a lot to carry". */
export const FEELING_OR_HARDSHIP = new RegExp(
  `\\b(?:${EMOTION}|hard|tough|a lot to|must have|shook|stings?|hurts?|getting to you|your head in|kick in the teeth)\\b`,
  'i',
);

/** Parts a reflection lists before it reads as a summary ("The sugars are up, lambing's got you…, you're frightened…"). */
const SUMMARY_PARTS = 3;
export const listsParts = (quote: string) => (quote.match(/,/g) ?? []).length >= SUMMARY_PARTS;

/**
 * Whether a reflection is best quoted as one: it speaks of them ("you"), is not praise ("You've done well to get
 * walking", an affirmation), not a list of what they said (a summary), and not a question that only opens with what
 * they said ("You said you wanted a word about your tablets, so what's been happening?"). The others still count;
 * they are quoted only when no plainer one was made.
 */
export function quotableReflection(l: LearnerTurnFeatures, quote: string): boolean {
  if (!/\b(?:you|your|you're|you've|you'd|you'll)\b/i.test(quote) || listsParts(quote)) return false;
  const acts = sentenceOf(l, quote)?.acts ?? [];
  return !acts.includes('nurse-respecting') && !acts.includes('open-question') && !acts.includes('jargon');
}

export type Reflection = LearnerTurnFeatures['reflections'][number];

/** The conversation's reflections best quoted as reflections. */
function quotableIn(learner: readonly LearnerTurnFeatures[]): ReadonlySet<Reflection> {
  return new Set(learner.flatMap((l) => l.reflections.filter((r) => quotableReflection(l, r.quote))));
}

/** Only the reflections best quoted as reflections: praise, summaries and questions are quoted for their own items. */
export function quotableReflections(
  learner: readonly LearnerTurnFeatures[],
  list: readonly Reflection[],
): Reflection[] {
  const quotable = quotableIn(learner);
  return list.filter((r) => quotable.has(r));
}

/** Reflections, the plainest first, so a praise, a summary or a question is quoted only when it is all there is. */
export function plainestFirst(
  learner: readonly LearnerTurnFeatures[],
  list: readonly Reflection[],
): Reflection[] {
  const quotable = quotableIn(learner);
  return [...list.filter((r) => quotable.has(r)), ...list.filter((r) => !quotable.has(r))];
}
