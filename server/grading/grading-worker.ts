// Runs grading jobs one at a time in the background. Jobs live in the database, so a job that was pending or
// running when the server stopped is picked up again at start; nothing is lost.

import { asc, eq, inArray } from 'drizzle-orm';
import type { Rubric } from '../content/rubric-schema.ts';
import type { Db } from '../db/open-database.ts';
import { gradingJobs, type PracticeSessionRow, practiceSessions } from '../db/schema.ts';
import { applyGradedSession } from '../learning/progress.ts';
import type { Clock, Logger } from '../ports.ts';
import type { SceneCatalog } from '../sessions/scene-catalog.ts';
import type { SessionStore } from '../sessions/session-store.ts';
import { grade } from './grade.ts';
import { gradeOffline } from './grade-offline.ts';
import type { Judge } from './judge.ts';
import { sessionTranscript } from './session-transcript.ts';

export interface GradingWorkerDeps {
  db: Db;
  store: SessionStore;
  catalog: SceneCatalog;
  rubrics: readonly Rubric[];
  judge?: Judge | undefined;
  clock: Clock;
  logger: Logger;
  /** Waits between judge attempts. @default 500 */
  judgeBackoffMs?: number;
}

export interface GradingWorker {
  /** Looks for work now (after a session ends, and at start). */
  kick(): void;
  /** Resolves when no job is left to run. */
  idle(): Promise<void>;
  /** Finishes the job in hand and stops taking more. */
  stop(): Promise<void>;
}

const MAX_JOB_ATTEMPTS = 3;

export function createGradingWorker(deps: GradingWorkerDeps): GradingWorker {
  let running: Promise<void> | null = null;
  let stopped = false;

  const nextJob = () =>
    deps.db
      .select()
      .from(gradingJobs)
      .where(inArray(gradingJobs.status, ['pending', 'running']))
      .orderBy(asc(gradingJobs.createdAt))
      .limit(1)
      .get();

  async function runJob(sessionId: string, attempts: number): Promise<void> {
    const now = () => deps.clock.now().toISOString();
    deps.db
      .update(gradingJobs)
      .set({ status: 'running', attempts: attempts + 1, updatedAt: now() })
      .where(eq(gradingJobs.sessionId, sessionId))
      .run();
    const session = deps.db.select().from(practiceSessions).where(eq(practiceSessions.id, sessionId)).get();
    const scenario = session ? deps.catalog.scenario(session.scenarioId) : undefined;
    // In the scenario's own order, which is the order the report shows them.
    const rubrics = (scenario?.rubrics ?? []).flatMap((id) => deps.rubrics.filter((r) => r.id === id));
    if (!session) {
      // The session is gone (its job normally goes with it): nothing left to grade.
      deps.db.delete(gradingJobs).where(eq(gradingJobs.sessionId, sessionId)).run();
      return;
    }
    if (session.leftReason !== null || !deps.store.learnerSpoke(sessionId)) {
      dropLeftSession(session);
      return;
    }
    const transcript = sessionTranscript(session, deps.store.loadTurns(sessionId), scenario);
    try {
      const { report, judgeTokens } =
        attempts + 1 >= MAX_JOB_ATTEMPTS
          ? {
              report: {
                ...gradeOffline(transcript, rubrics),
                note: 'Grading failed repeatedly; this report was completed by the detectors alone.',
              },
              judgeTokens: { prompt: 0, completion: 0 },
            }
          : await grade(transcript, rubrics, { judge: deps.judge, backoffMs: deps.judgeBackoffMs });
      // The report and the learner model's update land together, so a resumed job cannot count a session twice.
      deps.db.transaction((tx) => {
        tx.update(gradingJobs)
          .set({
            status: 'done',
            report: report as unknown as Record<string, unknown>,
            judgePromptTokens: judgeTokens.prompt,
            judgeCompletionTokens: judgeTokens.completion,
            updatedAt: now(),
          })
          .where(eq(gradingJobs.sessionId, sessionId))
          .run();
        applyGradedSession(tx, session, report, now());
      });
      deps.logger.log('info', 'session graded', { sessionId, mode: report.mode });
    } catch (error) {
      // The last attempt was already detectors-only; failing that too is a bug, so stop rather than loop.
      const giveUp = attempts + 1 >= MAX_JOB_ATTEMPTS;
      deps.logger.log('error', giveUp ? 'grading failed; giving up' : 'grading failed; will retry', {
        sessionId,
        error: String(error),
      });
      deps.db
        .update(gradingJobs)
        .set({ status: giveUp ? 'failed' : 'pending', lastError: String(error), updatedAt: now() })
        .where(eq(gradingJobs.sessionId, sessionId))
        .run();
    }
  }

  /**
   * A session left ungraded is never graded, even if a job was queued for it (one ended with no words before
   * this rule existed): the job goes and the session is marked left, so nothing counts it.
   */
  function dropLeftSession(session: PracticeSessionRow): void {
    deps.db.transaction((tx) => {
      if (session.leftReason === null) {
        tx.update(practiceSessions)
          .set({ leftReason: 'no_words' })
          .where(eq(practiceSessions.id, session.id))
          .run();
      }
      tx.delete(gradingJobs).where(eq(gradingJobs.sessionId, session.id)).run();
    });
    deps.logger.log('info', 'left session not graded', { sessionId: session.id });
  }

  async function drain(): Promise<void> {
    for (let job = nextJob(); job && !stopped; job = nextJob()) {
      await runJob(job.sessionId, job.attempts);
    }
  }

  return {
    kick() {
      if (running || stopped) return;
      running = new Promise<void>((resolve) => setImmediate(resolve))
        .then(drain)
        .catch((error: unknown) =>
          deps.logger.log('error', 'grading worker stopped on an error', { error: String(error) }),
        )
        .finally(() => {
          running = null;
        });
    },
    async idle() {
      while (running) await running;
    },
    async stop() {
      stopped = true;
      await this.idle();
    },
  };
}

/** Queues grading for a session (inside the caller's transaction when there is one). Idempotent. */
export function queueGrading(db: Db, sessionId: string, at: string): void {
  db.insert(gradingJobs)
    .values({ sessionId, status: 'pending', createdAt: at, updatedAt: at })
    .onConflictDoNothing()
    .run();
}
