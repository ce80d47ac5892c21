// "I can see you're frustrated, but the nurses will tell you exactly the same": an acknowledgement followed by
// "but" and a counter is undone by it, as motivational interviewing and the NURSE statements teach ("and" keeps
// it); so is what the person said by a sentence that opens "But…" against it. Such a sentence shows no empathy and
// reflects nothing, unless what follows "but" shows something itself ("I know it's scary, but we'll be with you").

import type { LearnerAct } from '../content/acts.ts';
import { classifyActs } from '../sim/act-classifier.ts';
import { findReflections } from './reflections.ts';

/** "but" after the acknowledgement, or opening the sentence against what the person just said. */
const TURN = /^(.*?\S,?\s+)?but\s+(.+)$/i;

/** What the part after "but" can show that keeps the sentence good evidence. */
const SHOWING_ACTS: ReadonlySet<LearnerAct> = new Set([
  'nurse-naming',
  'nurse-understanding',
  'nurse-respecting',
  'nurse-supporting',
  'nurse-exploring',
  'offering-choices',
  'open-question',
  'apology',
]);
const CONFIDENT = 0.5;

/** Whether a sentence takes back with "but" what was acknowledged, and shows nothing after it. */
export function butUndoes(sentence: string): boolean {
  const match = TURN.exec(sentence.trim());
  if (!match) return false;
  const [, before, after] = match as unknown as [string, string | undefined, string];
  if (classifyActs(after).some((a) => a.confidence >= CONFIDENT && SHOWING_ACTS.has(a.act))) return false;
  // Opening "But…", the rest is the counter itself: reflecting in its words does not make it a reflection.
  return before === undefined || findReflections(after).length === 0;
}
