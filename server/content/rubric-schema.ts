// The rubric file format (rubrics/*.yaml), validated at load.

import { z } from 'zod';

const id = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lowercase id of letters, digits and dashes');
const text = z.string().trim().min(1);

export const rubricItemSchema = z.strictObject({
  id,
  title: text,
  /** What good practice looks like for this item, in our words. */
  description: text,
  /** What counts as evidence in a transcript. */
  evidence: text,
  /** Who scores it: deterministic detectors, the judge model, or both (combined by the documented rule). */
  scoredBy: z.enum(['detector', 'judge', 'both']),
  /** binary: 0 or 1. ordinal: 0, 0.5 or 1 (not done, partly, done). */
  scale: z.enum(['binary', 'ordinal']),
  /** One concrete next step, completed with this conversation's evidence in the report. */
  advice: text,
  /** Weight in the rubric's overall score. @default 1 */
  weight: z.number().positive().max(10).default(1),
});

export const rubricSchema = z
  .strictObject({
    id,
    title: text,
    /** The published framework the rubric draws on (our own wording of it). */
    source: text,
    summary: text,
    items: z.array(rubricItemSchema).min(1),
  })
  .superRefine((rubric, ctx) => {
    const seen = new Set<string>();
    rubric.items.forEach((item, i) => {
      if (seen.has(item.id))
        ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: 'an id unique in the rubric' });
      seen.add(item.id);
    });
  });

export type Rubric = z.output<typeof rubricSchema>;
export type RubricItem = Rubric['items'][number];
