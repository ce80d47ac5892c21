import { Hono } from 'hono';
import { type AssignmentDeps, learnerAssignments } from '../cohorts/assignments.ts';
import type { AppEnv } from '../http/app-env.ts';

/** GET /api/assignments: the caller's assignments, as a learner in the cohorts they joined, with their status. */
export function assignmentRoutes(deps: AssignmentDeps) {
  return new Hono<AppEnv>().get('/', async (c) =>
    c.json({ assignments: await learnerAssignments(deps, c.get('user')) }),
  );
}
