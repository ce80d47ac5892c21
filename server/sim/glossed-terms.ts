// Medical words whose sense the conversation itself gives: told "it's a lung cancer", a man hears "the oncology team"
// as the cancer doctors; told she can raise a concern, a daughter hears what PALS is for. Such a word, once the
// learner has said one of its plain words, neither confuses nor upsets, though nobody defined it.

import { wordsOf } from './dialogue-state.ts';

/** Each term (as findJargon names it) and the plain words that gloss it. */
const GLOSSES: Readonly<Record<string, readonly string[]>> = {
  oncology: ['cancer', 'cancers'],
  oncologist: ['cancer', 'cancers'],
  oncological: ['cancer', 'cancers'],
  pals: ['complaint', 'complain', 'concern', 'concerns', 'advice'],
  iv: ['drip'],
};

/** Whether a term's sense has been given in plain words the learner said, now or earlier. */
export function isGlossed(term: string, said: ReadonlySet<string>, text: string): boolean {
  const plain = GLOSSES[term];
  if (!plain) return false;
  const now = new Set(wordsOf(text));
  return plain.some((word) => said.has(word) || now.has(word));
}
