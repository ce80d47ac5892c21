// Whose body or life the question found by question-focus.ts is about: the person asked ("your sleep"), someone
// else ("is he in pain", "how's your mum", "has Josh been eating"), or unclear; and for someone else, the relation
// word used ("dad", "wife"), looked for in earlier sentences when the question only says "he" or "she".

import { type Span, type Tok, wordBefore } from './question-tokens.ts';
import {
  isAuxiliary,
  isIndefiniteBefore,
  isName,
  isRelation,
  SECOND_PERSON,
  skipOpeners,
  THIRD_PLURAL,
  THIRD_SINGULAR,
  TITLES,
} from './question-words.ts';
import { FRAMING_VERBS, POSSESSED_RELATION_WORDS, RELAY_VERBS } from './topic-lexicon.ts';

export type About = 'addressee' | 'third-party' | 'unclear';

const POSSESSED_RELATIONS: ReadonlySet<string> = new Set(POSSESSED_RELATION_WORDS);
const FRAMING: ReadonlySet<string> = new Set(FRAMING_VERBS);
const RELAY: ReadonlySet<string> = new Set(RELAY_VERBS);

export interface Reference {
  about: About;
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
export function referenceOf(toks: readonly Tok[], span: Span): Reference {
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

/** Whose question a trailing tag makes it: ", have you?" the person asked, ", has he?" someone else. */
export function tagReference(toks: readonly Tok[], start: number, end: number): Reference {
  for (let index = start; index < end; index += 1) {
    const tok = toks[index] as Tok;
    if (tok.lower === 'you') return { about: 'addressee', relationWord: null };
    if (THIRD_SINGULAR.has(tok.lower)) return { about: 'third-party', relationWord: null };
  }
  return { about: 'unclear', relationWord: null };
}

/** Fills in the relation word of a "he"/"she"/"they" question from the sentence or the ones before it. */
export function withRelation(
  reference: Reference,
  toks: readonly Tok[],
  sentences: readonly Span[],
  focus: number,
): Pick<Reference, 'about' | 'relationWord'> {
  if (reference.about !== 'third-party' || reference.relationWord !== null) return reference;
  for (let index = focus; index >= 0; index -= 1) {
    const relation = lastRelation(toks, sentences[index] as Span);
    if (relation !== null) return { about: 'third-party', relationWord: relation };
  }
  return reference;
}
