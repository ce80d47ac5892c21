import { Hono } from 'hono';
import { type AccessDeps, readableSession } from '../cohorts/access.ts';
import { errors } from '../domain-errors.ts';
import type { AppEnv } from '../http/app-env.ts';
import { reviewedReport } from '../instruction/reviews.ts';
import { leftReport } from '../sessions/left-session.ts';

/**
 * GET /api/sessions/:id/report: 202 while grading, then the report (or, for a left session, that it was left); for
 * the session's learner and whoever may read their data (see cohorts/access.ts).
 */
export function reportRoutes(deps: AccessDeps) {
  return new Hono<AppEnv>().get('/:id/report', async (c) => {
    const session = await readableSession(deps, c.get('user'), c.req.param('id'), 'report_viewed');
    if (session.status !== 'ended') throw errors.sessionActive();
    // A left session is never graded: its report says so, with no scores.
    if (session.leftReason !== null) return c.json(leftReport(session.leftReason));
    const job = await deps.stores.grading.jobFor(session.id);
    if (job?.status === 'failed') throw errors.gradingFailed();
    if (job?.status !== 'done' || !job.report) {
      c.header('Retry-After', '1');
      return c.json({ status: job?.status ?? 'pending' }, 202);
    }
    // With the instructors' reviews of each item beside its automatic score.
    return c.json(await reviewedReport(deps.stores, session.id, job.report));
  });
}
