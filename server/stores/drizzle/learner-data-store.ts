// A learner's own data as a whole: their reports for an export, and the deletion of their account with all of it.

import { asc, count, eq } from 'drizzle-orm';
import type { LearnerDataStore } from '../instruction-ports.ts';
import type { StoreContext } from './store-context.ts';

export function learnerDataStore({ sql, t, write }: StoreContext): LearnerDataStore {
  const { users, gradingJobs: jobs, practiceSessions: sessions } = t;
  return {
    reports: (userId) =>
      sql
        .select({ sessionId: jobs.sessionId, status: jobs.status, report: jobs.report })
        .from(jobs)
        .innerJoin(sessions, eq(sessions.id, jobs.sessionId))
        .where(eq(sessions.userId, userId))
        .orderBy(asc(sessions.createdAt)),
    deleteAccount: (userId) =>
      write(async (tx) => {
        const [user] = await tx.select({ role: users.role }).from(users).where(eq(users.id, userId));
        if (!user) return 'not_found';
        if (user.role === 'admin') {
          const [admins] = await tx.select({ n: count() }).from(users).where(eq(users.role, 'admin'));
          if ((admins?.n ?? 0) <= 1) return 'last_admin';
        }
        // Everything that is theirs goes by cascade (see the schema's foreign keys); comments and reviews they wrote
        // on others' sessions stay, without their name.
        await tx.delete(users).where(eq(users.id, userId));
        return 'deleted';
      }),
  };
}
