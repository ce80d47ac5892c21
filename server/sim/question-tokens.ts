// Tokens for question-focus.ts: wink-nlp with its small English model splits an utterance into sentences and
// tokens, each carrying its lemma, part of speech and negation flag, plus every form a cue word may match.

import model from 'wink-eng-lite-web-model';
import winkNLP, { type ItemSentence, type ItsFunction, type PartOfSpeech, type WinkMethods } from 'wink-nlp';

export interface Tok {
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

export interface Span {
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

/** A dropped g written as spoken ("Sleepin'?", "Are you hearin' anything?") read as the word it is. */
const DROPPED_G = /\b([A-Za-z]{2,})in'(?=[\s?.!,;:]|$)/g;

export function readTokens(text: string): { toks: Tok[]; sentences: Span[] } {
  const wink = getNlp();
  const its = wink.its;
  const doc = wink.readDoc(text.replace(DROPPED_G, '$1ing'));
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

/** Indices of the span's tokens that are words, not punctuation. */
export function wordsOf(toks: readonly Tok[], span: Span): number[] {
  const words: number[] = [];
  for (let index = span.start; index < span.end; index += 1)
    if (!(toks[index] as Tok).punct) words.push(index);
  return words;
}

/** The word before `index`, skipping punctuation, or undefined. */
export function wordBefore(toks: readonly Tok[], index: number, floor: number): Tok | undefined {
  for (let before = index - 1; before >= floor; before -= 1) {
    const tok = toks[before] as Tok;
    if (!tok.punct) return tok;
  }
  return undefined;
}
