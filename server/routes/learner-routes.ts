import { Hono } from 'hono';
import { z } from 'zod';
import type { SceneCatalog } from '../content/scene-catalog.ts';
import type { AppEnv } from '../http/app-env.ts';
import { readJson } from '../http/read-json.ts';
import { learnerProgress, recordSelfRating } from '../learning/progress.ts';
import { SKILLS } from '../learning/progress-types.ts';
import type { Clock } from '../ports.ts';
import type { Stores } from '../stores/ports.ts';

const level = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);
export const selfRatingBody = z.strictObject({
  ratings: z
    .strictObject(
      Object.fromEntries(SKILLS.map((skill) => [skill, level.optional()])) as Record<
        (typeof SKILLS)[number],
        z.ZodOptional<typeof level>
      >,
    )
    .refine((r) => Object.values(r).some((v) => v !== undefined), 'rate at least one skill, 1 to 5'),
});

/** Routes under /api/learners: a learner reads and informs only their own model ("me"). */
export function learnerRoutes(deps: { stores: Stores; catalog: SceneCatalog; clock: Clock }) {
  return new Hono<AppEnv>()
    .get('/me/progress', async (c) =>
      c.json(await learnerProgress(deps.stores, deps.catalog, c.get('user').id)),
    )
    .post('/me/self-rating', async (c) => {
      const { ratings } = await readJson(c, selfRatingBody);
      await recordSelfRating(deps.stores, c.get('user').id, ratings, deps.clock.now().toISOString());
      return c.json(await learnerProgress(deps.stores, deps.catalog, c.get('user').id), 201);
    });
}
