// Validates every content file in prompts/ and rubrics/ (what `bedside lint` runs).

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from './content-error.ts';
import {
  CHARACTER_GUIDANCE_FILE,
  CHARACTER_TEMPLATE_FILE,
  loadCharacterPrompts,
} from './load-character-prompts.ts';
import { loadScenarioDir } from './load-scenarios.ts';

export interface LintReport {
  checked: number;
  lines: string[];
  errors: ContentError[];
}

export function lintContent(root: string): LintReport {
  const lines: string[] = [];
  const errors: ContentError[] = [];
  let checked = 0;
  const scenarioDir = join(root, 'prompts', 'scenarios');
  if (existsSync(scenarioDir)) {
    const result = loadScenarioDir(scenarioDir, root);
    checked += result.scenarios.length + result.errors.length;
    for (const s of result.scenarios) lines.push(`ok  prompts/scenarios/${s.id}`);
    errors.push(...result.errors);
  }
  const templateDir = join(root, 'prompts', 'templates');
  if (existsSync(templateDir)) {
    checked += 2;
    try {
      loadCharacterPrompts(join(root, 'prompts'));
      lines.push(`ok  prompts/${CHARACTER_TEMPLATE_FILE}`, `ok  prompts/${CHARACTER_GUIDANCE_FILE}`);
    } catch (error) {
      if (error instanceof ContentError) errors.push(error);
      else throw error;
    }
  }
  // Rubric files arrive with the grading work; until then the folder only has to exist.
  const rubricDir = join(root, 'rubrics');
  if (existsSync(rubricDir)) {
    const rubricFiles = readdirSync(rubricDir).filter((f) => /\.(ya?ml|json)$/.test(f));
    if (rubricFiles.length > 0)
      lines.push(`skip rubrics/: ${rubricFiles.length} file(s), no rubric format defined yet`);
  }
  return { checked, lines, errors };
}
