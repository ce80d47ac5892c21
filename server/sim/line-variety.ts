// Sentence-level variety: a character does not say the same sentence (a stock "That helps.") twice within its
// last few replies, whichever authored line it came from.

/** The sentences of a line, normalised (lower case, letters and digits only) so trivial differences match. */
export function sentenceKeys(text: string): string[] {
  return text
    .split(/(?<=[.?!…])\s+/)
    .map((sentence) =>
      sentence
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim(),
    )
    .filter((key) => key.length > 0);
}
