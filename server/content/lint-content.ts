// Validates every content file in prompts/ and rubrics/ (what `bedside lint` runs).

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from './content-error.ts';
import {
  CHARACTER_GUIDANCE_FILE,
  CHARACTER_TEMPLATE_FILE,
  loadCharacterPrompts,
} from './load-character-prompts.ts';
import { loadRubricDir } from './load-rubrics.ts';
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
  const rubricDir = join(root, 'rubrics');
  if (existsSync(rubricDir)) {
    const result = loadRubricDir(rubricDir, root);
    checked += result.rubrics.length + result.errors.length;
    for (const r of result.rubrics) lines.push(`ok  rubrics/${r.id}`);
    errors.push(...result.errors);
  }
  return { checked, lines, errors };
}
