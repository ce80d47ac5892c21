// Cue patterns for question-focus.ts: the lexicon writes each cue as readable words (the syntax is explained in
// topic-lexicon.ts); each is compiled once into steps and matched against an utterance's tokens.

import { type Tok, wordsOf } from './question-tokens.ts';

interface Step {
  alternatives: ReadonlySet<string>;
  /** Match the words as written, not their lemmas: "=get" is "get", never "got". */
  asWritten: boolean;
  /** Up to three words may come between this step and the one before. */
  gapBefore: boolean;
}

export interface Cue {
  steps: readonly Step[];
  /** Only punctuation (or nothing) may follow the cue's last word. */
  atEnd: boolean;
}

const GAP = 3;

export function compileCue(source: string): Cue {
  const steps: Step[] = [];
  let gapBefore = false;
  let atEnd = false;
  for (const part of source.trim().split(/\s+/)) {
    if (part === '..') gapBefore = true;
    else if (part === '$') atEnd = true;
    else {
      const asWritten = part.startsWith('=');
      steps.push({
        alternatives: new Set((asWritten ? part.slice(1) : part).split('|')),
        asWritten,
        gapBefore,
      });
      gapBefore = false;
    }
  }
  return { steps, atEnd };
}

function hasKey(tok: Tok, step: Step): boolean {
  if (step.asWritten) return step.alternatives.has(tok.lower);
  for (const key of tok.keys) if (step.alternatives.has(key)) return true;
  return false;
}

/**
 * Matches a cue whose first word is the word at `words[at]`; `words` holds indices of the non-punctuation tokens
 * of the span. Returns the position in `words` of the cue's last word, or -1.
 */
export function matchCue(
  cue: Cue,
  toks: readonly Tok[],
  words: readonly number[],
  at: number,
  spanEnd: number,
): number {
  let position = at;
  const first = cue.steps[0];
  if (first === undefined || !hasKey(toks[words[position] as number] as Tok, first)) return -1;
  for (let stepIndex = 1; stepIndex < cue.steps.length; stepIndex += 1) {
    const step = cue.steps[stepIndex] as Step;
    const last = step.gapBefore ? position + 1 + GAP : position + 1;
    let found = -1;
    for (let next = position + 1; next <= last && next < words.length; next += 1) {
      if (hasKey(toks[words[next] as number] as Tok, step)) {
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

/** Whether the cue matches starting at the token at `index` (a word, not punctuation). */
export function matchesAt(cue: Cue, toks: readonly Tok[], index: number, end: number): boolean {
  const words = wordsOf(toks, { start: index, end });
  return words[0] === index && matchCue(cue, toks, words, 0, end) >= 0;
}
