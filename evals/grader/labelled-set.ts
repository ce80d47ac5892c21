// Loads the labelled transcripts in evals/grader/labelled/<rubric>/*.json, validated with zod.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { transcriptFileSchema } from '../../server/grading/transcript.ts';

const labelledSchema = z.object({
  rubric: z.string(),
  quality: z.number().int().min(1).max(5),
  notes: z.string().optional(),
  labels: z.record(z.string(), z.union([z.literal(0), z.literal(0.5), z.literal(1), z.null()])),
  turns: transcriptFileSchema.shape.turns,
});

export type Labelled = z.output<typeof labelledSchema> & { file: string };

export const LABELLED_DIR = new URL('labelled/', import.meta.url);

export function loadLabelled(dir: URL = LABELLED_DIR): Labelled[] {
  const out: Labelled[] = [];
  for (const rubric of readdirSync(dir).sort()) {
    const rubricDir = new URL(`${rubric}/`, dir);
    for (const name of readdirSync(rubricDir)
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      const file = join('evals/grader/labelled', rubric, name);
      const parsed = labelledSchema.safeParse(JSON.parse(readFileSync(new URL(name, rubricDir), 'utf8')));
      if (!parsed.success) {
        throw new Error(
          `${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        );
      }
      out.push({ ...parsed.data, file });
    }
  }
  return out;
}
