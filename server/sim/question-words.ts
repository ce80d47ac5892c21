// Word classes that the clause, topic and "whose question" steps of question-focus.ts all need: pronouns, titles,
// relation words and auxiliaries, and the token tests built on them (a name, a relation, an opener to skip).

import type { Tok } from './question-tokens.ts';
import { FILLER_WORDS, NOT_NAMES, QUESTION_AUXILIARIES, RELATION_WORDS } from './topic-lexicon.ts';

const NON_NAMES: ReadonlySet<string> = new Set(NOT_NAMES);
const RELATIONS: ReadonlySet<string> = new Set(RELATION_WORDS);
export const AUXILIARIES: ReadonlySet<string> = new Set(QUESTION_AUXILIARIES);
const FILLERS: ReadonlySet<string> = new Set(FILLER_WORDS);

export const SECOND_PERSON: ReadonlySet<string> = new Set([
  'you',
  'your',
  'yours',
  'yourself',
  'yourselves',
  'ya',
]);
export const THIRD_SINGULAR: ReadonlySet<string> = new Set([
  'he',
  'she',
  'him',
  'her',
  'his',
  'hers',
  'himself',
  'herself',
]);
export const THIRD_PLURAL: ReadonlySet<string> = new Set(['they', 'them', 'their', 'theirs', 'themselves']);
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'any', 'some', 'my', 'our', 'no', 'many']);
export const TITLES: ReadonlySet<string> = new Set([
  'dr',
  'dr.',
  'doctor',
  'nurse',
  'professor',
  'prof',
  'sister',
]);
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', "i'm", "i've", "i'd", "i'll", 'me', 'we', 'us']);

/**
 * Whether the token at `index` names a person: a proper noun, or a word typed with a capital that is not the
 * sentence's first ("Has Josh been off work?", where the tagger takes "Josh" for a verb). `strict` also refuses the
 * first word, which the tagger often takes for a name ("Things are…", "Everything is…").
 */
export function isName(toks: readonly Tok[], index: number, sentenceStart: number, strict = false): boolean {
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

export function isAuxiliary(tok: Tok): boolean {
  return AUXILIARIES.has(tok.normal) && (tok.pos === 'AUX' || tok.pos === 'VERB');
}

export function isRelation(tok: Tok): boolean {
  return RELATIONS.has(tok.lower) || RELATIONS.has(tok.normal);
}

/** "a friend", "any close family": a relation word that names nobody in particular. */
export function isIndefiniteBefore(toks: readonly Tok[], index: number, floor: number): boolean {
  for (let before = index - 1; before >= floor && before >= index - 2; before -= 1) {
    const tok = toks[before] as Tok;
    if (INDEFINITE.has(tok.lower)) return true;
    if (tok.pos !== 'ADJ') return false;
  }
  return false;
}

/** Skips discourse openers, punctuation and a name or title used to address someone ("Mrs Shah, …"). */
export function skipOpeners(toks: readonly Tok[], from: number, end: number): number {
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
