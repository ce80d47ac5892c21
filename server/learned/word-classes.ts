// Words grouped into classes of words used alike (built by `npm run build:word-classes` from public-domain word
// vectors), so a learned model trained on "that's ridiculous" also hears "that's absurd". The commonest words, which
// carry grammar and person, are in no class and stay themselves.

import { modelWords } from './logistic-model.ts';
import built from './word-classes.json' with { type: 'json' };

const CLASS_OF = new Map<string, number>();
(built as { classes: string[] }).classes.forEach((line, id) => {
  for (const word of line.split(' ')) CLASS_OF.set(word, id);
});

/** A word's class as a feature name ("k312"), or null for a word in no class. */
export function wordClass(word: string): string | null {
  const id = CLASS_OF.get(word) ?? CLASS_OF.get(word.replace(/'s$/, ''));
  return id === undefined ? null : `k${id}`;
}

/**
 * Features over the words with each classed word replaced by its class: the classes themselves, and each pair of
 * neighbours in which one at least is a class ("being k312"). Prefixed "c:" to keep them apart from the words'.
 */
export function classFeatures(text: string): string[] {
  const tokens = modelWords(text).map((w) => ({ word: w, cls: wordClass(w) }));
  const features: string[] = [];
  tokens.forEach((t, i) => {
    if (t.cls) features.push(`c:${t.cls}`);
    const previous = tokens[i - 1];
    if (previous && (previous.cls || t.cls))
      features.push(`c:${previous.cls ?? previous.word} ${t.cls ?? t.word}`);
  });
  return [...new Set(features)];
}
