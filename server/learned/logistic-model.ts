// Scores text with a small logistic-regression model over word and word-pair features, shipped as JSON beside the
// code that uses it and trained by a script under evals/ on openly licensed labels. Deterministic and fast: one
// dictionary lookup per feature.

export interface LogisticModel {
  bias: number;
  /** The probability at or above which the text is called positive (chosen on the training half). */
  threshold: number;
  weights: Record<string, number>;
}

/** Lower-case words (letters, digits and apostrophes), quotes straightened. */
export function modelWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[’‘`]/g, "'")
      .match(/[a-z0-9']+/g) ?? []
  );
}

/** A text's features: its words, each pair of neighbouring words, its first two words and whether it asks. */
export function modelFeatures(text: string): string[] {
  const words = modelWords(text);
  const pairs = words.slice(1).map((w, i) => `${words[i]} ${w}`);
  const start = words.slice(0, 2).map((w, i) => `^${i}:${w}`);
  const asks = text.trim().endsWith('?') ? ['?end'] : [];
  return [...new Set([...words, ...pairs, ...start, ...asks])];
}

/** The model's probability for a text's features; the threshold plays no part. */
export function probability(
  model: Pick<LogisticModel, 'bias' | 'weights'>,
  features: readonly string[],
): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}
