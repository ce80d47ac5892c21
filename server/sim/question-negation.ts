// Whether the question found by question-focus.ts is negated ("You haven't been drinking, have you?", "No
// pain?"), using wink's negation flags but not counting a friendly "no worries".

import type { Span, Tok } from './question-tokens.ts';
import { skipOpeners } from './question-words.ts';

const NEGATORS: ReadonlySet<string> = new Set(['nothing', 'none', 'nobody', 'never', 'no']);
const FRIENDLY_NO: ReadonlySet<string> = new Set([
  'worries',
  'worry',
  'problem',
  'problems',
  'rush',
  'pressure',
]);

export function isNegated(toks: readonly Tok[], span: Span): boolean {
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
