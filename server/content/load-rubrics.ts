// Loads and validates every rubric file.

import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ContentError, describeIssues } from './content-error.ts';
import { type Rubric, rubricSchema } from './rubric-schema.ts';

export function loadRubricFile(path: string, displayPath = path): Rubric {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ContentError(displayPath, [`not readable as YAML: ${(error as Error).message}`]);
  }
  const result = rubricSchema.safeParse(raw);
  if (!result.success) throw new ContentError(displayPath, describeIssues(result.error.issues));
  const expectedId = basename(path, extname(path));
  if (result.data.id !== expectedId) {
    throw new ContentError(displayPath, [
      `id: expected "${expectedId}" to match the file name, got "${result.data.id}"`,
    ]);
  }
  return result.data;
}

export function loadRubricDir(
  dir: string,
  cwd = process.cwd(),
): { rubrics: Rubric[]; errors: ContentError[] } {
  const rubrics: Rubric[] = [];
  const errors: ContentError[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()) {
    const path = join(dir, name);
    try {
      rubrics.push(loadRubricFile(path, relative(cwd, path)));
    } catch (error) {
      if (error instanceof ContentError) errors.push(error);
      else throw error;
    }
  }
  return { rubrics, errors };
}

export function loadRubricsOrThrow(dir: string): Rubric[] {
  const { rubrics, errors } = loadRubricDir(dir);
  if (errors.length > 0) throw new Error(`Invalid rubric files:\n${errors.map((e) => e.message).join('\n')}`);
  return rubrics;
}
