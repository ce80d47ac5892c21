// The quotes the offline grader cites as showing an item in a blind set, each judged against the writers' labels:
// what the evidence and citation models are trained and measured on.

import { loadRubricsOrThrow } from '../../server/content/load-rubrics.ts';
import { gradeOffline } from '../../server/grading/grade-offline.ts';
import { fromFile } from '../../server/grading/transcript.ts';
import { loadBlind } from './blind-set.ts';
import { sentencesUnder } from './evidence.ts';

export interface Cited {
  set: string;
  rubric: string;
  item: string;
  quote: string;
  /** The quote lies on a sentence its writer says shows the item, and on none that does harm. */
  right: boolean;
}

/** The quotes cited as showing an item, by whichever learned models are active, each judged against the labels. */
export function citedIn(set: string, dir: URL): Cited[] {
  const rubrics = loadRubricsOrThrow('rubrics');
  return loadBlind(dir).flatMap((t) => {
    const rubric = rubrics.find((r) => r.id === t.rubric);
    if (!rubric) return [];
    const report = gradeOffline(fromFile({ turns: t.turns }), [rubric]);
    return (report.rubrics[0]?.items ?? []).flatMap((item) =>
      item.evidence
        .filter((q) => q.shows === true)
        .map((q) => {
          const under = sentencesUnder(q, t.sentences);
          const right = under.some((s) => s.shows.includes(item.id)) && !under.some((s) => s.harm !== null);
          return { set, rubric: t.rubric, item: item.id, quote: q.quote, right };
        }),
    );
  });
}

export interface Figures {
  quotes: number;
  precision: number;
  rightKept: number;
}

/** Precision of the quotes at or above a threshold, and the share of the right ones kept. */
export function figures(cited: readonly (Cited & { p: number })[], threshold: number): Figures {
  const kept = cited.filter((c) => c.p >= threshold);
  const right = cited.filter((c) => c.right).length;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    quotes: kept.length,
    precision: round(kept.filter((c) => c.right).length / Math.max(1, kept.length)),
    rightKept: round(kept.filter((c) => c.right).length / Math.max(1, right)),
  };
}

type Scored = Cited & { p: number };

/** The step whose kept quotes are most often right, among those losing no more than `maxRightLost` of the right ones. */
export function chooseThreshold(
  leftOut: readonly Scored[],
  steps: readonly number[],
  maxRightLost: number,
): number {
  const allowed = steps.filter((t) => figures(leftOut, t).rightKept >= 1 - maxRightLost);
  return allowed.reduce(
    (best, t) => (figures(leftOut, t).precision > figures(leftOut, best).precision ? t : best),
    allowed[0] ?? 0,
  );
}

export interface WithoutAndWith {
  without: Figures;
  with: Figures;
}

/** Each set's quotes, without a model and with it at the threshold. */
export function figuresBySet(
  leftOut: readonly Scored[],
  sets: readonly string[],
  threshold: number,
): Record<string, WithoutAndWith> {
  return Object.fromEntries(
    sets.map((set) => {
      const mine = leftOut.filter((c) => c.set === set);
      return [set, { without: figures(mine, 0), with: figures(mine, threshold) }];
    }),
  );
}

/** Prints one line of figures: precision without / with the model (share of right ones kept). */
export function printFigures(name: string, r: WithoutAndWith): void {
  console.log(
    `  ${name}: ${r.without.precision} of ${r.without.quotes} / ${r.with.precision} of ${r.with.quotes} (${r.with.rightKept})`,
  );
}
