// Grades a transcript against rubrics: detectors always, the judge when configured, combined by one rule.
//
// The combining rule (documented in the README):
// - items scored by "detector" take the detectors' score; the judge is not asked to override them;
// - items scored by "judge" take the judge's score, or are "not assessed" when its answer is voided; with no judge
//   configured they take the detectors' score where a detector exists (so every item is scored offline);
// - items scored by "both" take the mean of the two when both exist (snapped to the item's scale, rounding toward
//   the detector), otherwise whichever exists; evidence is the union, detectors' first; the judge's suggestion is
//   preferred because it is written for this conversation.

import type { Rubric, RubricItem } from '../content/rubric-schema.ts';
import { type ConversationFeatures, extractFeatures } from './features.ts';
import { detectItem, rubricReport } from './grade-offline.ts';
import { type Judge, type JudgedItem, type JudgedRubric, judgeRubric } from './judge.ts';
import type { GradingMode, GradingReport, ItemReport, RubricReport } from './report-types.ts';
import type { GradingTranscript } from './transcript.ts';

export interface GradeOptions {
  judge?: Judge | undefined;
  /** Attempts per rubric before the report is completed offline. @default 3 */
  judgeAttempts?: number;
  /** Waits between attempts (exponential). @default 500 */
  backoffMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface GradeResult {
  report: GradingReport;
  judgeTokens: { prompt: number; completion: number };
}

export async function grade(
  transcript: GradingTranscript,
  rubrics: readonly Rubric[],
  options: GradeOptions = {},
): Promise<GradeResult> {
  const features = extractFeatures(transcript);
  const tokens = { prompt: 0, completion: 0 };
  let mode: GradingMode = options.judge ? 'judge' : 'offline';
  let note: string | null = null;
  const reports: RubricReport[] = [];
  for (const rubric of rubrics) {
    let judged: JudgedRubric | null = null;
    if (options.judge && mode === 'judge') {
      try {
        judged = await withRetries(
          () => judgeRubric(options.judge as Judge, rubric, transcript, features.metrics),
          options,
        );
        tokens.prompt += judged.usage?.promptTokens ?? 0;
        tokens.completion += judged.usage?.completionTokens ?? 0;
      } catch (error) {
        mode = 'offline-after-judge-failure';
        note = `The judge model failed (${error instanceof Error ? error.message : String(error)}); this report was completed by the detectors alone.`;
      }
    }
    reports.push(combineRubric(features, rubric, judged));
  }
  return {
    report: { version: 1, mode, note, rubrics: reports, metrics: features.metrics },
    judgeTokens: tokens,
  };
}

export function combineRubric(
  features: ConversationFeatures,
  rubric: Rubric,
  judged: JudgedRubric | null,
): RubricReport {
  return rubricReport(
    rubric,
    rubric.items.map((item) =>
      combineItem(detectItem(features, rubric.id, item), judged?.items.get(item.id), item),
    ),
  );
}

function combineItem(detected: ItemReport, judged: JudgedItem | undefined, item: RubricItem): ItemReport {
  if (!judged || item.scoredBy === 'detector') return detected;
  const judgeUsable = judged.score !== null;
  if (item.scoredBy === 'judge' || detected.score === null) {
    if (!judgeUsable) {
      return {
        ...detected,
        ...(item.scoredBy === 'judge'
          ? { score: null, assessedBy: null, evidence: [], suggestion: null }
          : {}),
        notAssessed: judged.voided ? `judge answer voided: ${judged.voided}` : detected.notAssessed,
      };
    }
    return {
      ...detected,
      score: judged.score,
      assessedBy: 'judge',
      evidence: judged.evidence,
      suggestion: (judged.score as number) < 1 ? judged.suggestion : null,
      notAssessed: null,
    };
  }
  if (!judgeUsable) return detected;
  const mean = ((detected.score as number) + (judged.score as number)) / 2;
  const step = item.scale === 'binary' ? 1 : 0.5;
  const snapped =
    Math.abs(mean / step - Math.round(mean / step)) < 1e-9
      ? mean
      : towards(mean, detected.score as number, step);
  const evidence = [...detected.evidence];
  for (const q of judged.evidence)
    if (!evidence.some((e) => e.turn === q.turn && e.quote === q.quote)) evidence.push(q);
  return {
    ...detected,
    score: snapped,
    assessedBy: 'combined',
    evidence,
    suggestion: snapped < 1 ? (judged.suggestion ?? detected.suggestion) : null,
  };
}

/** Rounds a value between two scale steps to the one nearer the detector's score. */
function towards(value: number, detector: number, step: number): number {
  return detector < value ? Math.floor(value / step) * step : Math.ceil(value / step) * step;
}

async function withRetries<T>(call: () => Promise<T>, options: GradeOptions): Promise<T> {
  const attempts = options.judgeAttempts ?? 3;
  const backoff = options.backoffMs ?? 500;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (attempt >= attempts) throw error;
      await sleep(backoff * 2 ** (attempt - 1));
    }
  }
}
