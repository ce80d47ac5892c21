// Runs grading jobs one at a time in the background. Jobs live in the database and are leased, so every instance
// can run this worker: each job is graded by exactly one, and a job whose worker died is taken over when its lease
// runs out. A job pending or running when the server stopped is picked up again; nothing is lost.

import { type BackgroundLoop, createBackgroundLoop } from '../background-loop.ts';
import type { Rubric } from '../content/rubric-schema.ts';
import type { SceneCatalog } from '../content/scene-catalog.ts';
import { isDatabaseBusy } from '../db/database-busy.ts';
import { errorForLog } from '../error-for-log.ts';
import type { Clock, Logger } from '../ports.ts';
import type { JobLease, PracticeSessionRow, Stores } from '../stores/ports.ts';
import { grade } from './grade.ts';
import { gradeOffline } from './grade-offline.ts';
import type { Judge } from './judge.ts';
import type { GradingReport } from './report-types.ts';
import { sessionTranscript } from './session-transcript.ts';

/**
 * Told of each report in the same write that stores it (the learner model subscribes here), so a job taken over
 * after a crash cannot count a session twice or lose its effect.
 */
export type OnSessionGraded = (
  stores: Stores,
  session: PracticeSessionRow,
  report: GradingReport,
  at: string,
) => Promise<void>;

export interface GradingWorkerDeps {
  stores: Stores;
  catalog: SceneCatalog;
  rubrics: readonly Rubric[];
  judge?: Judge | undefined;
  clock: Clock;
  logger: Logger;
  /** Names this worker as a job's lease holder. */
  instanceId: string;
  onGraded?: OnSessionGraded | undefined;
  /** Waits between judge attempts. @default 500 */
  judgeBackoffMs?: number;
  /** How long a job stays leased without renewal. @default 60 s */
  leaseMs?: number;
  /** How often the worker looks for jobs nobody kicked it for (another instance's, a lease run out). @default 30 s */
  pollMs?: number;
}

/** Kicked after a session ends and at start; idle when no job is left. */
export type GradingWorker = BackgroundLoop;

const MAX_JOB_ATTEMPTS = 3;
export const DEFAULT_LEASE_MS = 60_000;

export function createGradingWorker(deps: GradingWorkerDeps): GradingWorker {
  const leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
  const now = () => deps.clock.now().toISOString();
  const leaseUntil = () => new Date(deps.clock.now().getTime() + leaseMs).toISOString();
  const leaseFor = (sessionId: string): JobLease => ({
    sessionId,
    owner: deps.instanceId,
    until: leaseUntil(),
  });

  async function runJob(sessionId: string, failedAttempts: number): Promise<void> {
    const stores = deps.stores;
    const session = await stores.sessions.findSession(sessionId);
    if (!session) {
      // The session is gone (its job normally goes with it): nothing left to grade.
      await stores.grading.dropJob(sessionId, false);
      return;
    }
    if (session.leftReason !== null || !(await stores.sessions.learnerSpoke(sessionId))) {
      // A session left ungraded is never graded, even if a job was queued for it: the job goes and the session is
      // marked left, so nothing counts it.
      await stores.grading.dropJob(sessionId, session.leftReason === null);
      deps.logger.log('info', 'left session not graded', { sessionId });
      return;
    }
    const scenario = deps.catalog.scenario(session.scenarioId);
    // In the scenario's own order, which is the order the report shows them.
    const rubrics = (scenario?.rubrics ?? []).flatMap((id) => deps.rubrics.filter((r) => r.id === id));
    const transcript = sessionTranscript(session, await stores.sessions.loadTurns(sessionId), scenario);
    const lastAttempt = failedAttempts + 1 >= MAX_JOB_ATTEMPTS;
    // Renewed while the judge works, so a slow model does not lose the job to another worker.
    const renewal = setInterval(() => {
      stores.grading.renewLease(leaseFor(sessionId)).catch(() => undefined);
    }, leaseMs / 3);
    renewal.unref();
    try {
      const { report, judgeTokens } = lastAttempt
        ? {
            report: {
              ...gradeOffline(transcript, rubrics),
              note: 'Grading failed repeatedly; this report was completed by the detectors alone.',
            },
            judgeTokens: { prompt: 0, completion: 0 },
          }
        : await grade(transcript, rubrics, { judge: deps.judge, backoffMs: deps.judgeBackoffMs });
      const finished = await stores.atomically(async (tx) => {
        const at = now();
        const stored = await tx.grading.finishJob(
          leaseFor(sessionId),
          {
            report: report as unknown as Record<string, unknown>,
            promptTokens: judgeTokens.prompt,
            completionTokens: judgeTokens.completion,
          },
          at,
        );
        if (stored) await deps.onGraded?.(tx, session, report, at);
        return stored;
      });
      deps.logger.log('info', finished ? 'session graded' : 'grading lease lost; report dropped', {
        sessionId,
        mode: report.mode,
      });
    } catch (error) {
      if (isDatabaseBusy(error)) {
        // Other writers kept the database busy (on Postgres: transactions that conflicted past their retries). The
        // grading itself did not fail: the job goes back to the queue without counting against it.
        deps.logger.log('warn', 'grading report not stored: database busy; will retry', { sessionId });
        await stores.grading.releaseJob(leaseFor(sessionId), now());
        return;
      }
      // The last attempt was already detectors-only; failing that too is a bug, so stop rather than loop.
      deps.logger.log('error', lastAttempt ? 'grading failed; giving up' : 'grading failed; will retry', {
        sessionId,
        error: errorForLog(error),
      });
      await stores.grading.failJob(leaseFor(sessionId), errorForLog(error), lastAttempt, now());
    } finally {
      clearInterval(renewal);
    }
  }

  /** Claims and grades the oldest job any worker may take; false when there is none. */
  async function gradeNext(): Promise<boolean> {
    const job = await deps.stores.grading.claimNextJob(deps.instanceId, now(), leaseUntil());
    if (job) await runJob(job.sessionId, job.attempts);
    return job !== undefined;
  }

  return createBackgroundLoop({
    step: gradeNext,
    pollMs: deps.pollMs ?? 30_000,
    logger: deps.logger,
    failureMessage: 'grading worker stopped on an error',
  });
}
