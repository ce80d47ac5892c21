// A report's scores as rows: copied out when the report is stored (subscribed to "session graded", in the same
// write), and once at start for reports stored before this existed, so a cohort's aggregates are plain SQL.

import type { GradingReport } from '../grading/report-types.ts';
import type { Logger } from '../ports.ts';
import type { ReportScores } from '../stores/instruction-ports.ts';
import type { Stores } from '../stores/ports.ts';

export function reportScores(report: Pick<GradingReport, 'rubrics'>): ReportScores[] {
  return (report.rubrics ?? []).map((rubric) => ({
    rubricId: rubric.rubricId,
    overall: rubric.overall,
    items: rubric.items.map((item) => ({ itemId: item.id, score: item.score })),
  }));
}

/** Subscribed to "session graded": stores the report's scores in the write that stores the report. */
export async function recordReportScores(
  stores: Stores,
  session: { id: string },
  report: Pick<GradingReport, 'rubrics'>,
): Promise<void> {
  await stores.scores.saveReportScores(session.id, reportScores(report));
}

/** Copies the scores of reports stored before scores were copied out, a batch at a time. Returns how many. */
export async function copyMissingReportScores(stores: Stores, logger: Logger, batch = 200): Promise<number> {
  let copied = 0;
  const seen = new Set<string>();
  for (;;) {
    // A report with no rubrics has nothing to copy and is found again: stop once a batch brings nothing new.
    const fresh = (await stores.scores.reportsWithoutScores(batch + seen.size)).filter(
      (r) => !seen.has(r.sessionId),
    );
    if (fresh.length === 0) break;
    for (const { sessionId, report } of fresh) {
      seen.add(sessionId);
      await stores.scores.saveReportScores(sessionId, reportScores(report as unknown as GradingReport));
      copied++;
    }
  }
  if (copied > 0) logger.log('info', 'report scores copied out of older reports', { reports: copied });
  return copied;
}
