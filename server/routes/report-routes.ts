import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import type { Db } from '../db/open-database.ts';
import { gradingJobs } from '../db/schema.ts';
import { ApiError, errors } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { leftReport } from '../sessions/left-session.ts';
import type { SessionStore } from '../sessions/session-store.ts';

/**
 * GET /api/sessions/:id/report: 202 while grading, then the report (or, for a left session, that it was left);
 * only the session's owner may read it.
 */
export function reportRoutes(deps: { db: Db; store: SessionStore }) {
  return new Hono<AppEnv>().get('/:id/report', (c) => {
    const session = deps.store.findOwnedSession(c.get('user').id, c.req.param('id'));
    if (!session) throw errors.notFound('Session');
    if (session.status !== 'ended') {
      throw new ApiError(409, 'session_active', 'End the session to get its report.');
    }
    // A left session is never graded: its report says so, with no scores.
    if (session.leftReason !== null) return c.json(leftReport(session.leftReason));
    const job = deps.db.select().from(gradingJobs).where(eq(gradingJobs.sessionId, session.id)).get();
    if (job?.status === 'failed') {
      throw new ApiError(
        503,
        'grading_failed',
        'This session could not be graded. The error has been logged.',
      );
    }
    if (job?.status !== 'done' || !job.report) {
      c.header('Retry-After', '1');
      return c.json({ status: job?.status ?? 'pending' }, 202);
    }
    return c.json(job.report);
  });
}
