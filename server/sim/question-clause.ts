// Finds the question in a sentence for question-focus.ts: where its (last) question clause starts, whether it
// has the form of a question at all, where a trailing tag (", have you?") begins, and where the words after an
// opening prompt ("tell me about") start.

import type { PartOfSpeech } from 'wink-nlp';
import { type Cue, compileCue, matchCue, matchesAt } from './question-cues.ts';
import { type Span, type Tok, wordBefore, wordsOf } from './question-tokens.ts';
import { AUXILIARIES, isAuxiliary, skipOpeners } from './question-words.ts';
import { ANY_WORDS, OFFER_CUES, QUESTION_PROMPTS, REQUEST_VERBS, WH_WORDS } from './topic-lexicon.ts';

const PROMPT_CUES: readonly Cue[] = QUESTION_PROMPTS.map(compileCue);
const OFFERS: readonly Cue[] = OFFER_CUES.map(compileCue);
const WH: ReadonlySet<string> = new Set(WH_WORDS);
const ANY: ReadonlySet<string> = new Set(ANY_WORDS);
const REQUESTS: ReadonlySet<string> = new Set(REQUEST_VERBS);

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

/** Where the words after an opening prompt ("tell me", "I'd like to understand") start, or the span's start. */
export function afterPrompt(toks: readonly Tok[], span: Span): number {
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

const ENDEARMENTS: ReadonlySet<string> = new Set([
  'love',
  'mate',
  'pal',
  'sweetheart',
  'darling',
  'dear',
  'son',
]);

function isVocative(tok: Tok | undefined): boolean {
  return tok !== undefined && (tok.pos === 'PROPN' || ENDEARMENTS.has(tok.lower));
}

/** Where a trailing tag starts (", have you?", ", isn't it?", ", right?"), or `end` when there is none. */
function tagStart(toks: readonly Tok[], span: Span): number {
  let last = span.end - 1;
  while (last >= span.start && (toks[last] as Tok).punct) last -= 1;
  if (last < span.start) return span.end;
  const at = (index: number): Tok | undefined => (index >= span.start ? toks[index] : undefined);
  const isComma = (index: number): boolean => at(index)?.lower === ',';
  // A name or an endearment after the tag (", do you know, Samuel?") leaves it the tag.
  let named = last;
  while (named > last - 2 && isVocative(at(named))) named -= 1;
  if (named < last && isComma(named)) last = named - 1;
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

export interface SentenceShape {
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

export function shapeOf(toks: readonly Tok[], span: Span): SentenceShape {
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

/** Whether the clause offers something ("Would you like some water?"), which asks about no topic. */
export function isOffer(toks: readonly Tok[], clause: Span): boolean {
  return OFFERS.some((cue) => matchesAt(cue, toks, clause.start, clause.end));
}

/** "Is she eating proper meals, or is she forgetting?": the alternatives share one question. */
export function questionClause(toks: readonly Tok[], sentence: Span, shape: SentenceShape): Span {
  const alternative = shape.previous >= 0 && wordBefore(toks, shape.clause, sentence.start)?.lower === 'or';
  return { start: alternative ? shape.previous : shape.clause, end: shape.tag };
}
