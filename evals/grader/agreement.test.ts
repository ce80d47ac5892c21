import { describe, expect, it } from 'vitest';
import { accuracy, cohenKappa, ranks, spearman, weightedKappa } from './agreement.ts';

function fromTable(table: number[][], categories: number[]): [number[], number[]] {
  const a: number[] = [];
  const b: number[] = [];
  table.forEach((row, i) => {
    row.forEach((count, j) => {
      for (let n = 0; n < count; n++) {
        a.push(categories[i] as number);
        b.push(categories[j] as number);
      }
    });
  });
  return [a, b];
}

describe('agreement statistics against worked examples', () => {
  it("Cohen's kappa: 50 items, agreement 0.70, chance 0.50 → 0.40", () => {
    // Rater A yes 25 / no 25; rater B yes 30 / no 20: po = (20 + 15)/50, pe = 0.5*0.6 + 0.5*0.4 = 0.5.
    const [a, b] = fromTable(
      [
        [20, 5],
        [10, 15],
      ],
      [1, 0],
    );
    expect(accuracy(a, b)).toBeCloseTo(0.7, 10);
    expect(cohenKappa(a, b)).toBeCloseTo(0.4, 10);
  });

  it("Cohen's kappa is 1 for perfect agreement and 0 when agreement is only chance", () => {
    expect(cohenKappa([0, 1, 1, 0], [0, 1, 1, 0])).toBe(1);
    const [a, b] = fromTable(
      [
        [25, 25],
        [25, 25],
      ],
      [0, 1],
    );
    expect(cohenKappa(a, b)).toBeCloseTo(0, 10);
  });

  it('weighted kappa on a 3x3 table, linear and quadratic, worked by hand', () => {
    // Table (rows A, columns B) over categories 0, 0.5, 1:
    //   [[10, 5, 0], [5, 10, 5], [0, 5, 10]], n = 50; margins 15, 20, 15 both ways.
    // Linear weights 0, 0.5, 1: observed disagreement = 0.5*(5+5+5+5) = 10;
    //   expected = sum w * r_i * c_j / n = [0.5*(15*20*2 + 20*15*2) + 1*(15*15*2)] / 50 = (600 + 450)/50 = 21.
    //   kappa = 1 - 10/21 = 0.5238...
    // Quadratic weights 0, 0.25, 1: observed = 0.25*20 = 5; expected = (0.25*1200 + 450)/50 = 15; kappa = 2/3.
    const [a, b] = fromTable(
      [
        [10, 5, 0],
        [5, 10, 5],
        [0, 5, 10],
      ],
      [0, 0.5, 1],
    );
    expect(weightedKappa(a, b, 'linear')).toBeCloseTo(1 - 10 / 21, 10);
    expect(weightedKappa(a, b, 'quadratic')).toBeCloseTo(2 / 3, 10);
    expect(weightedKappa(a, b, 'nominal')).toBeCloseTo(cohenKappa(a, b), 10);
  });

  it("Spearman's rho with ties uses mean ranks", () => {
    expect(ranks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    expect(spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7])).toBeCloseTo(0.8207826816681233, 10);
    expect(spearman([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 10);
  });

  it('refuses mismatched or empty inputs', () => {
    expect(() => cohenKappa([1], [1, 0])).toThrow(/differ in length/);
    expect(() => accuracy([], [])).toThrow(/no pairs/);
  });
});
