import { Hono } from 'hono';
import { z } from 'zod';
import type { Rubric } from '../content/rubric-schema.ts';
import type { AppEnv } from '../http/app-env.ts';
import { readJson } from '../http/read-json.ts';
import { requireRole } from '../http/require-role.ts';
import { cohortCsv } from '../instruction/cohort-csv.ts';
import { cohortOverview } from '../instruction/cohort-overview.ts';
import { addComment } from '../instruction/comments.ts';
import { graderAgreement, reviewItem } from '../instruction/reviews.ts';
import type { InstructionDeps } from '../instruction/session-standing.ts';
import type { IdSource } from '../ports.ts';

export const commentBody = z.strictObject({
  turnIndex: z.number().int().min(0).max(100_000),
  text: z.string().trim().min(1, 'must not be empty').max(2000, 'at most 2000 characters'),
});
export const reviewBody = z.strictObject({
  agree: z.boolean(),
  score: z.number().min(0).max(1).optional(),
  note: z.string().trim().max(2000).optional(),
  /** Only when two of the report's rubrics have an item with this id. */
  rubricId: z.string().min(1).max(100).optional(),
});

type Deps = InstructionDeps & { ids: IdSource; rubrics: readonly Rubric[] };

/** Under /api/sessions: an instructor's comments on a learner's turns and reviews of the grader's item scores. */
export function sessionAnnotationRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .post('/:id/comments', async (c) => {
      const input = await readJson(c, commentBody);
      return c.json({ comment: await addComment(deps, c.get('user'), c.req.param('id'), input) }, 201);
    })
    .put('/:id/report/items/:itemId/review', async (c) => {
      const input = await readJson(c, reviewBody);
      const { id, itemId } = c.req.param();
      return c.json({ review: await reviewItem(deps, c.get('user'), id, itemId, input) });
    });
}

/** Under /api/grader: how often instructors agree with the grader (instructors and admins). */
export function graderRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .use(requireRole('instructor', 'admin'))
    .get('/agreement', async (c) => c.json(await graderAgreement(deps.stores, deps.rubrics)));
}

/** Under /api/cohorts: a cohort's overview and its results as CSV (its instructors and admins; 404 for others). */
export function cohortDashboardRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .get('/:id/overview', async (c) => c.json(await cohortOverview(deps, c.get('user'), c.req.param('id'))))
    .get('/:id/export.csv', async (c) => {
      const csv = await cohortCsv(deps, c.get('user'), c.req.param('id'));
      c.header('Content-Type', 'text/csv; charset=utf-8; header=present');
      c.header('Content-Disposition', `attachment; filename="${csv.filename}"`);
      return c.body(csv.body);
    });
}
