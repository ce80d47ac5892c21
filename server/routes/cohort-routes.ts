import { Hono } from 'hono';
import { z } from 'zod';
import { admitToCohortLearner } from '../cohorts/access.ts';
import { type AssignmentDeps, cohortAssignments, createAssignment } from '../cohorts/assignments.ts';
import {
  addCohortInstructor,
  cohortDetail,
  createCohort,
  joinCohort,
  listCohorts,
} from '../cohorts/cohort-service.ts';
import type { AppEnv } from '../http/app-env.ts';
import { readJson } from '../http/read-json.ts';
import { requireRole } from '../http/require-role.ts';
import { learnerProgress } from '../learning/progress.ts';
import { listLearnerSessions, type SessionDeps } from '../sessions/session-service.ts';

export const cohortBody = z.strictObject({ name: z.string().trim().min(1).max(100) });
export const joinBody = z.strictObject({ inviteCode: z.string().trim().min(1).max(100) });
export const instructorBody = z.strictObject({ userId: z.string().min(1).max(100) });
export const assignmentBody = z.strictObject({
  scenarioId: z.string().min(1).max(100),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  dueAt: z.iso.datetime({ offset: true }).optional(),
});

/** Routes under /api/cohorts; the caller is signed in, and what each may see is decided in cohorts/access.ts. */
export function cohortRoutes(deps: AssignmentDeps & SessionDeps) {
  return new Hono<AppEnv>()
    .post('/', requireRole('instructor', 'admin'), async (c) => {
      const { name } = await readJson(c, cohortBody);
      return c.json({ cohort: await createCohort(deps, c.get('user'), name) }, 201);
    })
    .get('/', async (c) => c.json({ cohorts: await listCohorts(deps.stores, c.get('user')) }))
    .post('/join', requireRole('learner'), async (c) => {
      const { inviteCode } = await readJson(c, joinBody);
      return c.json({ cohort: await joinCohort(deps, c.get('user'), inviteCode) });
    })
    .get('/:id', async (c) => c.json(await cohortDetail(deps, c.get('user'), c.req.param('id'))))
    .post('/:id/instructors', async (c) => {
      const { userId } = await readJson(c, instructorBody);
      const result = await addCohortInstructor(deps, c.get('user'), c.req.param('id'), userId);
      return c.json({ instructors: result.instructors }, result.added ? 201 : 200);
    })
    .post('/:id/assignments', async (c) => {
      const input = await readJson(c, assignmentBody);
      const assignment = await createAssignment(deps, c.get('user'), c.req.param('id'), input);
      return c.json({ assignment }, 201);
    })
    .get('/:id/assignments', async (c) =>
      c.json({ assignments: await cohortAssignments(deps, c.get('user'), c.req.param('id')) }),
    )
    .get('/:id/learners/:userId/progress', async (c) => {
      const { id, userId } = c.req.param();
      await admitToCohortLearner(deps, c.get('user'), id, userId, 'progress_viewed');
      return c.json(await learnerProgress(deps.stores, deps.catalog, userId));
    })
    .get('/:id/learners/:userId/sessions', async (c) => {
      const { id, userId } = c.req.param();
      return c.json({ sessions: await listLearnerSessions(deps, c.get('user'), id, userId) });
    });
}
