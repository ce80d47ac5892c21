// Grading jobs, each leased to one worker at a time, and the report each one produces.

import { and, asc, eq, isNull, lt, or, sql as raw } from 'drizzle-orm';
import type { GradingStore, JobLease } from '../ports.ts';
import type { StoreContext } from './store-context.ts';

export function gradingStore({ sql, t, write, writeOne }: StoreContext): GradingStore {
  const { gradingJobs: jobs, practiceSessions: sessions } = t;
  const held = (lease: JobLease) =>
    and(eq(jobs.sessionId, lease.sessionId), eq(jobs.status, 'running'), eq(jobs.leaseOwner, lease.owner));
  return {
    claimNextJob: (owner, now, until) =>
      write(async (tx) => {
        const claimable = or(
          eq(jobs.status, 'pending'),
          and(eq(jobs.status, 'running'), or(isNull(jobs.leaseUntil), lt(jobs.leaseUntil, now))),
        );
        const [job] = await tx.select().from(jobs).where(claimable).orderBy(asc(jobs.createdAt)).limit(1);
        if (!job) return undefined;
        // The same condition again on the one row: of two workers that both saw it, only one takes it.
        const [taken] = await tx
          .update(jobs)
          .set({ status: 'running', leaseOwner: owner, leaseUntil: until, updatedAt: now })
          .where(and(eq(jobs.sessionId, job.sessionId), claimable))
          .returning();
        return taken;
      }),
    renewLease: (lease) =>
      writeOne(
        async (tx) =>
          (
            await tx
              .update(jobs)
              .set({ leaseUntil: lease.until })
              .where(held(lease))
              .returning({ id: jobs.sessionId })
          ).length === 1,
      ),
    finishJob: (lease, result, at) =>
      writeOne(
        async (tx) =>
          (
            await tx
              .update(jobs)
              .set({
                status: 'done',
                report: result.report,
                judgePromptTokens: result.promptTokens,
                judgeCompletionTokens: result.completionTokens,
                leaseOwner: null,
                leaseUntil: null,
                updatedAt: at,
              })
              .where(held(lease))
              .returning({ id: jobs.sessionId })
          ).length === 1,
      ),
    failJob: (lease, error, giveUp, at) =>
      writeOne(async (tx) => {
        await tx
          .update(jobs)
          .set({
            status: giveUp ? 'failed' : 'pending',
            attempts: raw`${jobs.attempts} + 1`,
            lastError: error,
            leaseOwner: null,
            leaseUntil: null,
            updatedAt: at,
          })
          .where(held(lease));
      }),
    releaseJob: (lease, at) =>
      writeOne(async (tx) => {
        await tx
          .update(jobs)
          .set({ status: 'pending', leaseOwner: null, leaseUntil: null, updatedAt: at })
          .where(held(lease));
      }),
    dropJob: (sessionId, markNoWords) =>
      write(async (tx) => {
        if (markNoWords) {
          await tx
            .update(sessions)
            .set({ leftReason: 'no_words' })
            .where(and(eq(sessions.id, sessionId), isNull(sessions.leftReason)));
        }
        await tx.delete(jobs).where(eq(jobs.sessionId, sessionId));
      }),
    jobFor: async (sessionId) => (await sql.select().from(jobs).where(eq(jobs.sessionId, sessionId)))[0],
  };
}
