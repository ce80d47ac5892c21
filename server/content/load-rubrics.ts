// Loads and validates every rubric file.

import type { ContentError } from './content-error.ts';
import { loadContentDir, loadContentFile, throwIfInvalid } from './content-file.ts';
import { type Rubric, rubricSchema } from './rubric-schema.ts';

export function loadRubricFile(path: string, displayPath = path): Rubric {
  return loadContentFile(rubricSchema, path, displayPath);
}

export function loadRubricDir(
  dir: string,
  cwd = process.cwd(),
): { rubrics: Rubric[]; errors: ContentError[] } {
  const { items, errors } = loadContentDir(dir, loadRubricFile, cwd);
  return { rubrics: items, errors };
}

export function loadRubricsOrThrow(dir: string): Rubric[] {
  const { rubrics, errors } = loadRubricDir(dir);
  throwIfInvalid('rubric', errors);
  return rubrics;
}
