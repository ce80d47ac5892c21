// Grading without a model: the detectors score every item they can, the rest is "not assessed" with the reason,
// and each rubric's overall uses only the assessed items.

import type { Rubric, RubricItem } from '../content/rubric-schema.ts';
import { citeableForItem } from '../learned/citation-model.ts';
import { citeableAsShowing } from '../learned/evidence-model.ts';
import { harmFeatures } from '../learned/harm-model.ts';
import { detectorFor } from './detectors.ts';
import { type ConversationFeatures, extractFeatures } from './features.ts';
import type { GradingReport, ItemReport, Quote, RubricReport } from './report-types.ts';
import type { GradingTranscript } from './transcript.ts';

export const JUDGE_ONLY_REASON = 'scored only by the judge model, and none is configured';

export function gradeOffline(transcript: GradingTranscript, rubrics: readonly Rubric[]): GradingReport {
  const features = extractFeatures(transcript);
  return {
    version: 1,
    mode: 'offline',
    note: null,
    rubrics: rubrics.map((rubric) => gradeRubricOffline(features, rubric)),
    metrics: features.metrics,
  };
}

export function gradeRubricOffline(features: ConversationFeatures, rubric: Rubric): RubricReport {
  return rubricReport(
    rubric,
    rubric.items.map((item) => detectItem(features, rubric.id, item)),
  );
}

/** The detectors' verdict on one item, shaped as a report item. */
export function detectItem(features: ConversationFeatures, rubricId: string, item: RubricItem): ItemReport {
  const base = { id: item.id, title: item.title, scale: item.scale, weight: item.weight };
  const notAssessed = (reason: string): ItemReport => ({
    ...base,
    score: null,
    assessedBy: null,
    evidence: [],
    suggestion: null,
    notAssessed: reason,
  });
  // A judge-scored item with a detector is still scored offline; the judge's answer replaces it when there is one.
  const detector = detectorFor(rubricId, item.id);
  if (!detector) return notAssessed(JUDGE_ONLY_REASON);
  const result = detector(features);
  if ('notAssessed' in result) return notAssessed(result.notAssessed);
  // Detectors may reach one sentence by two routes (a missed moment's reply that is also harm): cite it once.
  const cited = [...new Map(result.evidence.map((q) => [`${q.turn}:${q.quote}`, q])).values()];
  // Both learned checks below read a quote's words: read once.
  const words = new Map(cited.filter((q) => q.shows === true).map((q) => [q.quote, harmFeatures(q.quote)]));
  // A quote the evidence model doubts is not cited as good practice; credit earned on such quotes alone is
  // withdrawn, and the quote is cited as not showing it.
  const doubted = cited.filter(
    (q) => q.shows === true && !citeableAsShowing(q.quote, rubricId, undefined, words.get(q.quote)),
  );
  const shown = cited.some((q) => q.shows === true && !doubted.includes(q));
  const withdrawn = doubted.length > 0 && !shown;
  // A quote the citation model doubts shows good practice, but perhaps not this item's: it is left out and the credit
  // stands (withdrawn too, the credit agreed less often with the blind writers' labels, each set left out in turn).
  const notThisItem = (q: Quote) =>
    q.shows === true && !citeableForItem(q.quote, rubricId, item.id, undefined, words.get(q.quote));
  const evidence = cited.flatMap((q) =>
    doubted.includes(q) ? (withdrawn ? [{ ...q, shows: false }] : []) : notThisItem(q) ? [] : [q],
  );
  const score = withdrawn ? 0 : result.score;
  const anchor = withdrawn
    ? `What seemed to show this ("${doubted[0]?.quote}") did not show it clearly.`
    : result.anchor;
  return {
    ...base,
    score,
    assessedBy: 'detector',
    evidence,
    suggestion: score < 1 ? `${anchor} ${item.advice}` : null,
    notAssessed: null,
  };
}

export function rubricReport(rubric: Rubric, items: ItemReport[]): RubricReport {
  const assessed = items.filter((i) => i.score !== null);
  const weight = assessed.reduce((a, i) => a + i.weight, 0);
  const overall =
    weight > 0 ? assessed.reduce((a, i) => a + (i.score as number) * i.weight, 0) / weight : null;
  return {
    rubricId: rubric.id,
    title: rubric.title,
    source: rubric.source,
    overall: overall === null ? null : Math.round(overall * 1000) / 1000,
    items,
  };
}
