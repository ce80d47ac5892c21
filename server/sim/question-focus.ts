// Finds what a learner's utterance asks about: whether it asks at all, the topic of its (last) question, whether
// that question is negated, and whose body or life it is about. Sentences, tokens, lemmas, parts of speech and
// negation come from wink-nlp with its small English model; which words mean which topic lives in topic-lexicon.ts.

import model from 'wink-eng-lite-web-model';
import winkNLP, { type ItemSentence, type ItsFunction, type PartOfSpeech, type WinkMethods } from 'wink-nlp';
import {
  ANY_WORDS,
  CUE_WEIGHTS,
  FILLER_WORDS,
  FRAMING_VERBS,
  GUARDED_CUES,
  type GuardedCue,
  NOT_NAMES,
  OFFER_CUES,
  PAST_EPISODE_CUES,
  PAST_EPISODE_TOPICS,
  POSSESSED_RELATION_WORDS,
  QUESTION_AUXILIARIES,
  QUESTION_PROMPTS,
  RELATION_FAMILY_WEIGHT,
  RELATION_WORDS,
  RELAY_VERBS,
  REQUEST_VERBS,
  TOPIC_CUES,
  type TopicCues,
  WH_WORDS,
} from './topic-lexicon.ts';
import { TOPICS, type Topic } from './topics.ts';

export interface QuestionFocus {
  /** Whether the utterance asks something (a question mark, or a question form such as "tell me about your sleep", "I wonder how you've been sleeping"). */
  asks: boolean;
  /** The topic the (last) question is about, or null. */
  topic: Topic | null;
  /** The question is negated ("You haven't been drinking, have you?", "no pain?"). */
  negated: boolean;
  /** Whose body/feelings/life the question is about: 'addressee' ("your sleep", "are you in pain"), 'third-party' ("how has your dad been sleeping", "is he in pain", "how's your mum"), or 'unclear'. */
  about: 'addressee' | 'third-party' | 'unclear';
  /** For third-party questions, the relation word used ("dad", "mum", "wife", "husband", "daughter", "son", "friend", ...), lower-case, else null. */
  relationWord: string | null;
}

// ---------------------------------------------------------------------------------------------------------------
// Tokens

interface Tok {
  /** Lower-cased text as typed. */
  lower: string;
  /** wink's normal form (contractions expanded, British spellings mapped). */
  normal: string;
  lemma: string;
  pos: PartOfSpeech;
  /** wink's negation flag: the token is in the scope of a negation ("haven't been drinking", "no pain"). */
  neg: boolean;
  punct: boolean;
  /** Typed with a capital then a small letter ("Josh", "Margaret"): a name when it is not the sentence's first word. */
  capitalised: boolean;
  /** Typed in capitals ("CT", "GP", "A&E"): an abbreviation, not a name. */
  acronym: boolean;
  /** Every form a cue word may match: lemma, normal form, lower-cased text and a stem when the lemma is unknown. */
  keys: readonly string[];
}

interface Span {
  start: number;
  end: number;
}

let nlp: WinkMethods | null = null;

/** The model loads on first use (about 0.1 s) and is shared by every call after that. */
function getNlp(): WinkMethods {
  nlp ??= winkNLP(model, ['sbd', 'negation', 'pos']);
  return nlp;
}

function keysOf(lower: string, normal: string, lemma: string): string[] {
  const keys = [lemma];
  if (normal !== lemma) keys.push(normal);
  if (lower !== normal && lower !== lemma) keys.push(lower);
  // A capitalised first word ("Drinking enough?") is sometimes tagged as a name and left unlemmatised.
  if (lemma === normal && normal.length > 5 && normal.endsWith('ing')) {
    const stem = normal.slice(0, -3);
    keys.push(stem, `${stem}e`);
  }
  return keys;
}

function readTokens(text: string): { toks: Tok[]; sentences: Span[] } {
  const wink = getNlp();
  const its = wink.its;
  const doc = wink.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out() as string[];
  const normals = tokens.out(its.normal) as string[];
  // wink's type for its.lemma takes the model's addons where its other helpers take a cache; the call is the same.
  const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>) as string[];
  const tags = tokens.out(its.pos) as PartOfSpeech[];
  const negations = tokens.out(its.negationFlag) as boolean[];
  const types = tokens.out(its.type) as string[];
  const toks: Tok[] = values.map((value, index) => {
    const lower = value.toLowerCase();
    const normal = normals[index] ?? lower;
    const lemma = (lemmas[index] ?? normal).toLowerCase();
    return {
      lower,
      normal,
      lemma,
      pos: tags[index] ?? 'X',
      neg: negations[index] === true,
      punct: types[index] === 'punctuation',
      capitalised: /^[A-Z][a-z]/.test(value),
      acronym: /^[A-Z&]{2,}s?$/.test(value),
      keys: keysOf(lower, normal, lemma),
    };
  });
  const sentences: Span[] = [];
  doc.sentences().each((sentence: ItemSentence) => {
    const sentenceTokens = sentence.tokens();
    const count = sentenceTokens.length();
    if (count === 0) return;
    const start = sentenceTokens.itemAt(0).index();
    sentences.push({ start, end: start + count });
  });
  return { toks, sentences };
}

// ---------------------------------------------------------------------------------------------------------------
// Cues: compiled once from the lexicon's readable strings.

interface Step {
  alternatives: ReadonlySet<string>;
  /** Up to three words may come between this step and the one before. */
  gapBefore: boolean;
}

interface Cue {
  steps: readonly Step[];
  /** Only punctuation (or nothing) may follow the cue's last word. */
  atEnd: boolean;
}

interface WeightedCue {
  topic: Topic;
  weight: number;
  cue: Cue;
  guard?: GuardedCue;
}

const GAP = 3;

function compileCue(source: string): Cue {
  const steps: Step[] = [];
  let gapBefore = false;
  let atEnd = false;
  for (const part of source.trim().split(/\s+/)) {
    if (part === '..') gapBefore = true;
    else if (part === '$') atEnd = true;
    else {
      steps.push({ alternatives: new Set(part.split('|')), gapBefore });
      gapBefore = false;
    }
  }
  return { steps, atEnd };
}

function hasKey(tok: Tok, alternatives: ReadonlySet<string>): boolean {
  for (const key of tok.keys) if (alternatives.has(key)) return true;
  return false;
}

/**
 * Matches a cue whose first word is the word at `words[at]`; `words` holds indices of the non-punctuation tokens
 * of the span. Returns the position in `words` of the cue's last word, or -1.
 */
function matchCue(
  cue: Cue,
  toks: readonly Tok[],
  words: readonly number[],
  at: number,
  spanEnd: number,
): number {
  let position = at;
  const first = cue.steps[0];
  if (first === undefined || !hasKey(toks[words[position] as number] as Tok, first.alternatives)) return -1;
  for (let stepIndex = 1; stepIndex < cue.steps.length; stepIndex += 1) {
    const step = cue.steps[stepIndex] as Step;
    const last = step.gapBefore ? position + 1 + GAP : position + 1;
    let found = -1;
    for (let next = position + 1; next <= last && next < words.length; next += 1) {
      if (hasKey(toks[words[next] as number] as Tok, step.alternatives)) {
        found = next;
        break;
      }
    }
    if (found < 0) return -1;
    position = found;
  }
  if (cue.atEnd) {
    const after = (words[position] as number) + 1;
    if (after < spanEnd && !(toks[after] as Tok).punct) return -1;
  }
  return position;
}

function buildCueIndex(): Map<string, WeightedCue[]> {
  const index = new Map<string, WeightedCue[]>();
  const add = (entry: WeightedCue): void => {
    for (const key of entry.cue.steps[0]?.alternatives ?? []) {
      const list = index.get(key);
      if (list) list.push(entry);
      else index.set(key, [entry]);
    }
  };
  for (const topic of TOPICS) {
    const cues: TopicCues = TOPIC_CUES[topic];
    for (const tier of Object.keys(CUE_WEIGHTS) as (keyof typeof CUE_WEIGHTS)[]) {
      for (const source of cues[tier] ?? [])
        add({ topic, weight: CUE_WEIGHTS[tier], cue: compileCue(source) });
    }
  }
  for (const guard of GUARDED_CUES)
    add({ topic: guard.topic, weight: guard.weight, cue: compileCue(guard.cue), guard });
  return index;
}

let cueIndex: Map<string, WeightedCue[]> | null = null;

const PROMPT_CUES: readonly Cue[] = QUESTION_PROMPTS.map(compileCue);
const OFFERS: readonly Cue[] = OFFER_CUES.map(compileCue);
const NON_NAMES: ReadonlySet<string> = new Set(NOT_NAMES);
const PAST_CUES: readonly Cue[] = PAST_EPISODE_CUES.map(compileCue);
const PAST_TOPICS: ReadonlySet<Topic> = new Set(PAST_EPISODE_TOPICS);
const RELATIONS: ReadonlySet<string> = new Set(RELATION_WORDS);
const POSSESSED_RELATIONS: ReadonlySet<string> = new Set(POSSESSED_RELATION_WORDS);
const WH: ReadonlySet<string> = new Set(WH_WORDS);
const AUXILIARIES: ReadonlySet<string> = new Set(QUESTION_AUXILIARIES);
const ANY: ReadonlySet<string> = new Set(ANY_WORDS);
const FILLERS: ReadonlySet<string> = new Set(FILLER_WORDS);
const REQUESTS: ReadonlySet<string> = new Set(REQUEST_VERBS);
const FRAMING: ReadonlySet<string> = new Set(FRAMING_VERBS);
const RELAY: ReadonlySet<string> = new Set(RELAY_VERBS);

const SECOND_PERSON: ReadonlySet<string> = new Set(['you', 'your', 'yours', 'yourself', 'yourselves', 'ya']);
const THIRD_SINGULAR: ReadonlySet<string> = new Set([
  'he',
  'she',
  'him',
  'her',
  'his',
  'hers',
  'himself',
  'herself',
]);
const THIRD_PLURAL: ReadonlySet<string> = new Set(['they', 'them', 'their', 'theirs', 'themselves']);
const TAG_SUBJECTS: ReadonlySet<string> = new Set([
  'you',
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'there',
  'that',
]);
const TAG_VERBS: ReadonlySet<string> = new Set(['think', 'reckon', 'say', 'suppose', 'agree', 'know']);
const TAG_WORDS: ReadonlySet<string> = new Set(['right', 'yeah', 'yes', 'ok', 'okay', 'correct', 'eh', 'no']);
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', ';', ':', '-', '–', '—', '...', '…']);
const NOT_SKIPPABLE_AFTER_WH: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those']);
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'any', 'some', 'my', 'our', 'no', 'many']);
const TITLES: ReadonlySet<string> = new Set(['dr', 'dr.', 'doctor', 'nurse', 'professor', 'prof', 'sister']);
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', "i'm", "i've", "i'd", "i'll", 'me', 'we', 'us']);
const NEGATORS: ReadonlySet<string> = new Set(['nothing', 'none', 'nobody', 'never', 'no']);
const FRIENDLY_NO: ReadonlySet<string> = new Set([
  'worries',
  'worry',
  'problem',
  'problems',
  'rush',
  'pressure',
]);

/**
 * Auxiliaries that, run on inside a clause before "I", "he", "she", "we" or "they", start a question ("…what
 * happens next can I ask"). Not "is" ("The good news is she's stable"), nor "should" and "had", which also open a
 * condition ("Ring us should he get worse").
 */
const EMBEDDED_AUXILIARIES: ReadonlySet<string> = new Set([
  'do',
  'does',
  'did',
  'have',
  'has',
  'can',
  'could',
  'would',
  'will',
  'shall',
  'may',
  'might',
]);
const EMBEDDED_SUBJECTS: ReadonlySet<string> = new Set(['i', 'he', 'she', 'we', 'they']);

/**
 * Whether the token at `index` names a person: a proper noun, or a word typed with a capital that is not the
 * sentence's first ("Has Josh been off work?", where the tagger takes "Josh" for a verb). `strict` also refuses the
 * first word, which the tagger often takes for a name ("Things are…", "Everything is…").
 */
function isName(toks: readonly Tok[], index: number, sentenceStart: number, strict = false): boolean {
  const tok = toks[index];
  if (tok === undefined || tok.punct || tok.acronym) return false;
  if (strict && index <= sentenceStart) return false;
  if (!(tok.pos === 'PROPN' || (tok.capitalised && index > sentenceStart))) return false;
  if (TITLES.has(tok.lower) || FIRST_PERSON.has(tok.lower) || NON_NAMES.has(tok.lower)) return false;
  if (SECOND_PERSON.has(tok.lower) || THIRD_SINGULAR.has(tok.lower) || THIRD_PLURAL.has(tok.lower))
    return false;
  const before = toks[index - 1];
  return !(before !== undefined && TITLES.has(before.lower));
}

/** The word before `index`, skipping punctuation, or undefined. */
function wordBefore(toks: readonly Tok[], index: number, floor: number): Tok | undefined {
  for (let before = index - 1; before >= floor; before -= 1) {
    const tok = toks[before] as Tok;
    if (!tok.punct) return tok;
  }
  return undefined;
}

function wordsOf(toks: readonly Tok[], span: Span): number[] {
  const words: number[] = [];
  for (let index = span.start; index < span.end; index += 1)
    if (!(toks[index] as Tok).punct) words.push(index);
  return words;
}

function guardBlocks(
  guard: GuardedCue,
  toks: readonly Tok[],
  words: readonly number[],
  first: number,
  last: number,
): boolean {
  const near = (from: number, to: number, list: readonly string[]): boolean => {
    for (let position = Math.max(0, from); position <= to && position < words.length; position += 1) {
      const tok = toks[words[position] as number] as Tok;
      if (list.includes(tok.lower) || list.includes(tok.lemma)) return true;
    }
    return false;
  };
  if (guard.unlessBefore && near(first - guard.unlessBefore.within, first - 1, guard.unlessBefore.words))
    return true;
  if (guard.unlessAfter && near(last + 1, last + guard.unlessAfter.within, guard.unlessAfter.words))
    return true;
  if (guard.unlessNext && near(last + 1, last + 1, guard.unlessNext)) return true;
  return false;
}

interface Scored {
  topic: Topic;
  weight: number;
  /** Position (in words) of the first cue of that weight. */
  first: number;
}

/** The topic a span of tokens is about, or null when no cue matches. */
function scoreTopic(toks: readonly Tok[], span: Span): Topic | null {
  cueIndex ??= buildCueIndex();
  const words = wordsOf(toks, span);
  const best = new Map<Topic, Scored>();
  const offer = (topic: Topic, weight: number, first: number): void => {
    const current = best.get(topic);
    if (current === undefined || weight > current.weight) best.set(topic, { topic, weight, first });
  };
  for (let position = 0; position < words.length; position += 1) {
    const tok = toks[words[position] as number] as Tok;
    const seen = new Set<WeightedCue>();
    for (const key of tok.keys) {
      for (const entry of cueIndex.get(key) ?? []) {
        if (seen.has(entry)) continue;
        seen.add(entry);
        const last = matchCue(entry.cue, toks, words, position, span.end);
        if (last < 0) continue;
        if (entry.guard && guardBlocks(entry.guard, toks, words, position, last)) continue;
        offer(entry.topic, entry.weight, position);
      }
    }
    if (isRelation(tok) && !isIndefiniteBefore(toks, words[position] as number, span.start)) {
      offer('family', RELATION_FAMILY_WEIGHT, position);
    } else if (isNamedAbout(toks, words[position] as number, span.start)) {
      // "Tell me about Jean.": a person named as what to talk about.
      offer('family', RELATION_FAMILY_WEIGHT, position);
    }
  }
  let winner: Scored | null = null;
  for (const scored of best.values()) {
    if (
      winner === null ||
      scored.weight > winner.weight ||
      (scored.weight === winner.weight && scored.first < winner.first)
    ) {
      winner = scored;
    }
  }
  if (winner !== null && PAST_TOPICS.has(winner.topic) && mentionsPast(toks, words, span.end))
    return 'history';
  return winner?.topic ?? null;
}

/** A name straight after "about" that is not the owner of what follows ("about Jean", not "about Jean's sleep"). */
function isNamedAbout(toks: readonly Tok[], index: number, floor: number): boolean {
  if (wordBefore(toks, index, floor)?.lower !== 'about' || !isName(toks, index, floor)) return false;
  const next = toks[index + 1];
  return !(next !== undefined && next.lower === "'s");
}

/** Whether a past-episode cue ("before", "previous", "in the past") occurs among the span's words. */
function mentionsPast(toks: readonly Tok[], words: readonly number[], spanEnd: number): boolean {
  for (let position = 0; position < words.length; position += 1) {
    for (const cue of PAST_CUES) if (matchCue(cue, toks, words, position, spanEnd) >= 0) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Question forms

function isAuxiliary(tok: Tok): boolean {
  return AUXILIARIES.has(tok.normal) && (tok.pos === 'AUX' || tok.pos === 'VERB');
}

function isRelation(tok: Tok): boolean {
  return RELATIONS.has(tok.lower) || RELATIONS.has(tok.normal);
}

function isIndefiniteBefore(toks: readonly Tok[], index: number, floor: number): boolean {
  for (let before = index - 1; before >= floor && before >= index - 2; before -= 1) {
    const tok = toks[before] as Tok;
    if (INDEFINITE.has(tok.lower)) return true;
    if (tok.pos !== 'ADJ') return false;
  }
  return false;
}

/** Skips discourse openers, punctuation and a name or title used to address someone ("Mrs Shah, …"). */
function skipOpeners(toks: readonly Tok[], from: number, end: number): number {
  let index = from;
  while (index < end) {
    const tok = toks[index] as Tok;
    if (tok.punct || tok.pos === 'INTJ' || FILLERS.has(tok.lower)) {
      index += 1;
      continue;
    }
    // A vocative: a run of names ended by a comma.
    let run = index;
    while (run < end && ((toks[run] as Tok).pos === 'PROPN' || TITLES.has((toks[run] as Tok).lower)))
      run += 1;
    if (run > index && run < end && (toks[run] as Tok).lower === ',') {
      index = run + 1;
      continue;
    }
    break;
  }
  return index;
}

function matchesAt(cue: Cue, toks: readonly Tok[], index: number, end: number): boolean {
  const words = wordsOf(toks, { start: index, end });
  return words[0] === index && matchCue(cue, toks, words, 0, end) >= 0;
}

/** Where the words after an opening prompt ("tell me", "I'd like to understand") start, or the span's start. */
function afterPrompt(toks: readonly Tok[], span: Span): number {
  const words = wordsOf(toks, span);
  if (words[0] !== span.start) return span.start;
  for (const prompt of PROMPT_CUES) {
    const last = matchCue(prompt, toks, words, 0, span.end);
    if (last >= 0) return (words[last] as number) + 1;
  }
  return span.start;
}

/** Whether a clause starting at `index` has the form of a question. */
function startsQuestion(toks: readonly Tok[], index: number, end: number): boolean {
  const tok = toks[index];
  if (tok === undefined) return false;
  if (WH.has(tok.lower)) {
    let next = index + 1;
    if (toks[next]?.lower === 'about') return true;
    for (let skipped = 0; skipped < 2 && next < end; skipped += 1) {
      const candidate = toks[next] as Tok;
      const skippable =
        (candidate.pos === 'ADJ' ||
          candidate.pos === 'ADV' ||
          candidate.pos === 'NOUN' ||
          candidate.pos === 'DET' ||
          candidate.pos === 'NUM') &&
        !NOT_SKIPPABLE_AFTER_WH.has(candidate.lower) &&
        !AUXILIARIES.has(candidate.normal);
      if (!skippable) break;
      next += 1;
    }
    const after = toks[next];
    return (
      after !== undefined && next < end && (after.pos === 'AUX' || after.pos === 'VERB' || isAuxiliary(after))
    );
  }
  if (isAuxiliary(tok)) {
    let next = index + 1;
    if (toks[next]?.normal === 'not') next += 1;
    const subject = toks[next];
    if (subject === undefined || next >= end) return false;
    const subjectLike =
      subject.pos === 'PRON' || subject.pos === 'DET' || subject.pos === 'NOUN' || subject.pos === 'PROPN';
    if (!subjectLike) return false;
    // "Have a seat", "Do a few breaths for me": an instruction, not a question.
    if ((subject.lower === 'a' || subject.lower === 'an') && (tok.normal === 'have' || tok.normal === 'do'))
      return false;
    // "Could you sit down for me?": a request for action.
    if (subject.lower === 'you' && ['can', 'could', 'would', 'will'].includes(tok.normal)) {
      let verb = next + 1;
      while (
        toks[verb] !== undefined &&
        ['please', 'just', 'possibly', 'maybe', 'all'].includes((toks[verb] as Tok).lower)
      ) {
        verb += 1;
      }
      const action = toks[verb];
      if (action !== undefined && REQUESTS.has(action.lemma)) return false;
    }
    return true;
  }
  if (ANY.has(tok.lower)) return true;
  for (const prompt of PROMPT_CUES) if (matchesAt(prompt, toks, index, end)) return true;
  return false;
}

/** A question run on inside a clause without punctuation: "…one of the nurses what have they told you". */
function embeddedQuestion(toks: readonly Tok[], index: number, start: number, end: number): boolean {
  const tok = toks[index] as Tok;
  const next = toks[index + 1];
  const third = toks[index + 2];
  if (next === undefined || index + 1 >= end) return false;
  if (WH.has(tok.lower)) {
    return (
      isAuxiliary(next) &&
      third !== undefined &&
      index + 2 < end &&
      (third.pos === 'PRON' || third.pos === 'DET' || third.pos === 'PROPN' || third.pos === 'NOUN')
    );
  }
  // "Before we talk about what happens next can I ask whether…": a question run on after a statement.
  if (
    isAuxiliary(tok) &&
    EMBEDDED_AUXILIARIES.has(tok.normal) &&
    EMBEDDED_SUBJECTS.has(next.lower) &&
    index > start &&
    !continuesWh(toks, index, start)
  ) {
    return startsClause(toks[index - 1] as Tok);
  }
  if (isAuxiliary(tok) && next.lower === 'you' && index > start) {
    // "How much have you had?", "How much pain have you had?": the auxiliary continues the WH word's question.
    if (continuesWh(toks, index, start)) return false;
    return startsClause(toks[index - 1] as Tok);
  }
  return false;
}

/** Whether a question can begin after this word (not after a pronoun, conjunction, auxiliary or WH word). */
function startsClause(before: Tok): boolean {
  return !(
    before.pos === 'PRON' ||
    before.pos === 'SCONJ' ||
    before.pos === 'AUX' ||
    before.pos === 'PART' ||
    before.pos === 'ADP' ||
    WH.has(before.lower)
  );
}

const WH_CONTINUATION: ReadonlySet<PartOfSpeech> = new Set(['ADJ', 'ADV', 'NOUN', 'DET', 'NUM']);

/** Whether the words just before `index` are a WH word and up to two modifiers ("how much", "what time"). */
function continuesWh(toks: readonly Tok[], index: number, start: number): boolean {
  for (let before = index - 1; before >= start && before >= index - 3; before -= 1) {
    const tok = toks[before] as Tok;
    if (WH.has(tok.lower)) return before < index - 1;
    if (!WH_CONTINUATION.has(tok.pos)) return false;
  }
  return false;
}

/** Where a trailing tag starts (", have you?", ", isn't it?", ", right?"), or `end` when there is none. */
function tagStart(toks: readonly Tok[], span: Span): number {
  let last = span.end - 1;
  while (last >= span.start && (toks[last] as Tok).punct) last -= 1;
  if (last < span.start) return span.end;
  const at = (index: number): Tok | undefined => (index >= span.start ? toks[index] : undefined);
  const isComma = (index: number): boolean => at(index)?.lower === ',';
  const final = at(last) as Tok;
  if (TAG_WORDS.has(final.lower) && isComma(last - 1)) return last - 1;
  // ", do you think?", ", would you say?": the verb closes the tag.
  let subject = last;
  if (TAG_VERBS.has(final.lemma) && TAG_SUBJECTS.has(at(last - 1)?.lower ?? '')) subject = last - 1;
  if (TAG_SUBJECTS.has((at(subject) as Tok).lower)) {
    let aux = subject - 1;
    if (at(aux)?.normal === 'not') aux -= 1;
    const auxTok = at(aux);
    if (auxTok !== undefined && isAuxiliary(auxTok) && isComma(aux - 1)) return aux - 1;
  }
  if ((final.lower === 'right' || final.lower === 'correct') && at(last - 1)?.lower === 'that') {
    const auxTok = at(last - 2);
    if (auxTok !== undefined && isAuxiliary(auxTok) && isComma(last - 3)) return last - 3;
  }
  return span.end;
}

interface SentenceShape {
  asks: boolean;
  /** Start of the (last) question clause in the sentence. */
  clause: number;
  /** Start of the question clause before it, or -1. */
  previous: number;
  /** Start of a trailing tag, or the sentence end. */
  tag: number;
}

/** "Any weed, or anything like that?": an "or any…" tail widens the question already asked, it does not start one. */
function orAnything(toks: readonly Tok[], first: number, clause: number): boolean {
  if (clause < 0 || !ANY.has((toks[first] as Tok).lower)) return false;
  let before = first - 1;
  while (before > clause && (toks[before] as Tok).punct) before -= 1;
  return (toks[before] as Tok).lower === 'or';
}

function shapeOf(toks: readonly Tok[], span: Span): SentenceShape {
  const tag = tagStart(toks, span);
  let questionMark = false;
  for (let index = span.start; index < span.end; index += 1)
    if ((toks[index] as Tok).lower === '?') questionMark = true;
  let clause = -1;
  let previous = -1;
  const found = (start: number): void => {
    if (start <= clause) return;
    previous = clause;
    clause = start;
  };
  let boundary = true;
  for (let index = span.start; index < tag; index += 1) {
    const tok = toks[index] as Tok;
    if (boundary) {
      const first = skipOpeners(toks, index, tag);
      if (first < tag && !orAnything(toks, first, clause) && startsQuestion(toks, first, tag)) found(first);
    } else if (embeddedQuestion(toks, index, span.start, tag)) {
      found(index);
    }
    boundary = CLAUSE_BREAKS.has(tok.lower) || tok.pos === 'CCONJ';
  }
  const asks = questionMark || clause >= 0 || tag < span.end;
  return { asks, clause: clause >= 0 ? clause : skipOpeners(toks, span.start, tag), previous, tag };
}

// ---------------------------------------------------------------------------------------------------------------
// Negation and whose question it is

function isNegated(toks: readonly Tok[], span: Span): boolean {
  const first = skipOpeners(toks, span.start, span.end);
  if (first < span.end && NEGATORS.has((toks[first] as Tok).lower)) {
    const next = toks[first + 1];
    if (!(next !== undefined && FRIENDLY_NO.has(next.lower))) return true;
  }
  for (let index = span.start; index < span.end; index += 1) {
    const tok = toks[index] as Tok;
    if (!tok.neg || tok.punct) continue;
    // "No worries, …" is politeness, not a negated question.
    const before = toks[index - 1];
    if (before?.lower === 'no' && FRIENDLY_NO.has(tok.lower)) continue;
    return true;
  }
  return false;
}

interface Reference {
  about: QuestionFocus['about'];
  relationWord: string | null;
  /** Taken from "they"/"them"/"their" alone, which may point back to things rather than people ("tell me about them"). */
  plural?: boolean;
}

/** The relation word after "your" (allowing an adjective: "your little boy"), or null. */
function relationAfter(toks: readonly Tok[], index: number, end: number): string | null {
  for (let next = index + 1; next < end && next <= index + 2; next += 1) {
    const tok = toks[next] as Tok;
    if (isRelation(tok) || POSSESSED_RELATIONS.has(tok.lower)) return tok.lower;
    if (tok.pos !== 'ADJ') return null;
  }
  return null;
}

function thirdPartyAhead(toks: readonly Tok[], from: number, end: number): Reference | null {
  for (let index = from; index < end; index += 1) {
    const tok = toks[index] as Tok;
    if (SECOND_PERSON.has(tok.lower)) {
      const relation = tok.lower === 'your' ? relationAfter(toks, index, end) : null;
      if (relation !== null) return { about: 'third-party', relationWord: relation };
      continue;
    }
    if (THIRD_SINGULAR.has(tok.lower) || THIRD_PLURAL.has(tok.lower))
      return { about: 'third-party', relationWord: null };
    if (isRelation(tok) && !isIndefiniteBefore(toks, index, from)) {
      return { about: 'third-party', relationWord: tok.lower };
    }
  }
  return null;
}

/** Whose body or life the clause asks about, from the first person it refers to. */
function referenceOf(toks: readonly Tok[], span: Span): Reference {
  const start = skipOpeners(toks, span.start, span.end);
  for (let index = start; index < span.end; index += 1) {
    const tok = toks[index] as Tok;
    if (tok.punct) continue;
    if (SECOND_PERSON.has(tok.lower)) {
      if (tok.lower === 'your' || tok.lower === 'yours') {
        const relation = relationAfter(toks, index, span.end);
        if (relation !== null) return { about: 'third-party', relationWord: relation };
        return { about: 'addressee', relationWord: null };
      }
      if (tok.lower === 'you') {
        let verb = index + 1;
        while (verb < span.end) {
          const between = toks[verb] as Tok;
          if (between.pos === 'AUX' || between.pos === 'ADV' || between.pos === 'PART') verb += 1;
          else break;
        }
        const verbTok = toks[verb];
        if (verbTok !== undefined && verb < span.end) {
          // "Can you tell me about …": the question is whatever follows.
          const object = toks[verb + 1];
          if (RELAY.has(verbTok.lemma) && (object?.lower === 'me' || object?.lower === 'us')) {
            index = verb;
            continue;
          }
          // "Have you noticed your dad …", "Do you think he …", "Have you noticed Chloe …": about the other
          // person when one follows.
          if (FRAMING.has(verbTok.lemma)) {
            const named = toks[verb + 1]?.lower === 'that' ? verb + 2 : verb + 1;
            if (named < span.end && isName(toks, named, span.start))
              return { about: 'third-party', relationWord: null };
            const other = thirdPartyAhead(toks, verb + 1, span.end);
            if (other !== null) return other;
          }
        }
      }
      return { about: 'addressee', relationWord: null };
    }
    if (THIRD_SINGULAR.has(tok.lower)) return { about: 'third-party', relationWord: null };
    if (THIRD_PLURAL.has(tok.lower)) {
      // "What have they told you?": the doctors are only the source; the question is still about "you".
      let laterYou = false;
      for (let later = index + 1; later < span.end; later += 1) {
        if (SECOND_PERSON.has((toks[later] as Tok).lower)) laterYou = true;
      }
      if (laterYou) continue;
      return { about: 'third-party', relationWord: null, plural: true };
    }
    if (isRelation(tok) && !isIndefiniteBefore(toks, index, span.start)) {
      return { about: 'third-party', relationWord: tok.lower };
    }
    // "How's Jean been sleeping?", "Is Tom in pain?", "Has Josh been off work?": a name as the subject of the
    // question; "…how Margaret's appetite has been", "…whether Harold has eaten": a name that owns or does what is
    // asked; "Tell me about Jean.": a name as what to talk about.
    const before = toks[index - 1];
    if (isName(toks, index, start)) {
      const after = toks[index + 1];
      if (before !== undefined && index > span.start && isAuxiliary(before) && !TITLES.has(before.lower))
        return { about: 'third-party', relationWord: null };
      // Not "Reece are you sleeping?", a name that calls someone without a comma.
      const subject = toks[index + 2];
      if (
        isName(toks, index, start, true) &&
        after !== undefined &&
        index + 1 < span.end &&
        (after.lower === "'s" || after.pos === 'AUX') &&
        !(subject !== undefined && subject.pos === 'PRON')
      )
        return { about: 'third-party', relationWord: null };
      if (wordBefore(toks, index, span.start)?.lower === 'about')
        return { about: 'third-party', relationWord: null };
    }
  }
  return { about: 'unclear', relationWord: null };
}

/** The last relation word named in a span ("I'm sorry about your dad."), for "he"/"she" questions. */
function lastRelation(toks: readonly Tok[], span: Span): string | null {
  let found: string | null = null;
  for (let index = span.start; index < span.end; index += 1) {
    const tok = toks[index] as Tok;
    if (isRelation(tok) && !isIndefiniteBefore(toks, index, span.start)) found = tok.lower;
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------------

const NOTHING: QuestionFocus = {
  asks: false,
  topic: null,
  negated: false,
  about: 'unclear',
  relationWord: null,
};

/** What a learner's utterance asks about. A pure function of the text; the language model loads on first use. */
export function questionFocus(text: string): QuestionFocus {
  const clean = text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').trim();
  if (clean === '') return { ...NOTHING };
  const { toks, sentences } = readTokens(clean);
  if (sentences.length === 0) return { ...NOTHING };

  let focus = -1;
  let shape: SentenceShape | null = null;
  for (let index = sentences.length - 1; index >= 0 && focus < 0; index -= 1) {
    const candidate = shapeOf(toks, sentences[index] as Span);
    if (candidate.asks) {
      focus = index;
      shape = candidate;
    }
  }

  if (focus < 0 || shape === null) {
    // A statement: report the topic of its last sentence that has one, for callers that want it.
    for (let index = sentences.length - 1; index >= 0; index -= 1) {
      const span = sentences[index] as Span;
      const topic = scoreTopic(toks, span);
      if (topic === null) continue;
      const reference = referenceOf(toks, span);
      return {
        asks: false,
        topic,
        negated: isNegated(toks, span),
        ...withRelation(reference, toks, sentences, index),
      };
    }
    return { ...NOTHING };
  }

  const sentence = sentences[focus] as Span;
  // "Is she eating proper meals, or is she forgetting?": the alternatives share one question.
  const alternative = shape.previous >= 0 && wordBefore(toks, shape.clause, sentence.start)?.lower === 'or';
  const clause: Span = { start: alternative ? shape.previous : shape.clause, end: shape.tag };
  const offer = OFFERS.some((cue) => matchesAt(cue, toks, clause.start, clause.end));
  // "I'd like to understand how you're managing with the bills": the prompt's own words are not the topic.
  const asked: Span = { start: afterPrompt(toks, clause), end: clause.end };
  let topic = offer
    ? null
    : (scoreTopic(toks, asked) ?? scoreTopic(toks, { start: sentence.start, end: shape.tag }));
  let source = focus;
  // "I'd like to ask about your drinking. How much would you have in a day?": the topic was named just before.
  for (let index = focus - 1; topic === null && !offer && index >= 0; index -= 1) {
    topic = scoreTopic(toks, sentences[index] as Span);
    if (topic !== null) source = index;
  }
  let reference = referenceOf(toks, clause);
  if (reference.about === 'unclear' && clause.start > sentence.start) {
    reference = referenceOf(toks, { start: sentence.start, end: shape.tag });
  }
  // "Had much to drink tonight, have you?": the tag says who.
  if (reference.about === 'unclear' && shape.tag < sentence.end)
    reference = tagReference(toks, shape.tag, sentence.end);
  if (source !== focus && (reference.about === 'unclear' || reference.plural === true)) {
    // "You told the nurse about some dark thoughts. Can you tell me more about them?": "them" points back to what
    // the earlier sentence named, and so does its person.
    const earlier = referenceOf(toks, sentences[source] as Span);
    if (earlier.about !== 'unclear') reference = earlier;
  }
  return {
    asks: true,
    topic,
    negated: isNegated(toks, clause),
    ...withRelation(reference, toks, sentences, focus),
  };
}

/** Whose question a trailing tag makes it: ", have you?" the person asked, ", has he?" someone else. */
function tagReference(toks: readonly Tok[], start: number, end: number): Reference {
  for (let index = start; index < end; index += 1) {
    const tok = toks[index] as Tok;
    if (tok.lower === 'you') return { about: 'addressee', relationWord: null };
    if (THIRD_SINGULAR.has(tok.lower)) return { about: 'third-party', relationWord: null };
  }
  return { about: 'unclear', relationWord: null };
}

/** Fills in the relation word of a "he"/"she"/"they" question from the sentence or the ones before it. */
function withRelation(
  reference: Reference,
  toks: readonly Tok[],
  sentences: readonly Span[],
  focus: number,
): Pick<QuestionFocus, 'about' | 'relationWord'> {
  if (reference.about !== 'third-party' || reference.relationWord !== null) return reference;
  for (let index = focus; index >= 0; index -= 1) {
    const relation = lastRelation(toks, sentences[index] as Span);
    if (relation !== null) return { about: 'third-party', relationWord: relation };
  }
  return reference;
}
