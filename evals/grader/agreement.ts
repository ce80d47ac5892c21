// Agreement statistics, implemented here: accuracy, Cohen's kappa, weighted kappa (linear or quadratic) and
// Spearman's rank correlation.

/** Share of pairs where the two raters agree. */
export function accuracy(a: readonly number[], b: readonly number[]): number {
  checkPairs(a, b);
  return a.filter((x, i) => x === b[i]).length / a.length;
}

/** Cohen's kappa over nominal categories (1 when both raters are constant and agree). */
export function cohenKappa(a: readonly number[], b: readonly number[]): number {
  return weightedKappa(a, b, 'nominal');
}

/**
 * Weighted kappa: 1 - sum(w * observed) / sum(w * expected), with disagreement weights w by category distance:
 * nominal (0 on the diagonal, 1 elsewhere), linear (|i-j|/(k-1)) or quadratic ((i-j)^2/(k-1)^2).
 * Categories are the sorted distinct values of both raters unless given.
 */
export function weightedKappa(
  a: readonly number[],
  b: readonly number[],
  weights: 'nominal' | 'linear' | 'quadratic' = 'quadratic',
  categories: readonly number[] = [...new Set([...a, ...b])].sort((x, y) => x - y),
): number {
  checkPairs(a, b);
  const k = categories.length;
  if (k <= 1) return 1;
  const index = new Map(categories.map((c, i) => [c, i]));
  const observed = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let n = 0; n < a.length; n++) {
    const i = index.get(a[n] as number);
    const j = index.get(b[n] as number);
    if (i === undefined || j === undefined) throw new Error(`value outside the categories: ${a[n]}, ${b[n]}`);
    (observed[i] as number[])[j] = ((observed[i] as number[])[j] as number) + 1;
  }
  const total = a.length;
  const rows = observed.map((row) => row.reduce((s, v) => s + v, 0));
  const cols = categories.map((_, j) => observed.reduce((s, row) => s + (row[j] as number), 0));
  const w = (i: number, j: number) =>
    weights === 'nominal'
      ? i === j
        ? 0
        : 1
      : weights === 'linear'
        ? Math.abs(i - j) / (k - 1)
        : ((i - j) / (k - 1)) ** 2;
  let obs = 0;
  let exp = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      obs += w(i, j) * ((observed[i] as number[])[j] as number);
      exp += (w(i, j) * (rows[i] as number) * (cols[j] as number)) / total;
    }
  }
  return exp === 0 ? (obs === 0 ? 1 : 0) : 1 - obs / exp;
}

/** Spearman's rank correlation (Pearson's r on ranks, ties given their mean rank). */
export function spearman(x: readonly number[], y: readonly number[]): number {
  checkPairs(x, y);
  return pearson(ranks(x), ranks(y));
}

export function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((p, q) => p.v - q.v);
  const out = new Array<number>(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (
      end + 1 < order.length &&
      (order[end + 1] as { v: number }).v === (order[start] as { v: number }).v
    )
      end++;
    const mean = (start + end) / 2 + 1;
    for (let n = start; n <= end; n++) out[(order[n] as { i: number }).i] = mean;
    start = end + 1;
  }
  return out;
}

function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - mx;
    const dy = (y[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

function checkPairs(a: readonly number[], b: readonly number[]): void {
  if (a.length !== b.length) throw new Error(`paired lists differ in length: ${a.length} and ${b.length}`);
  if (a.length === 0) throw new Error('no pairs to compare');
}
