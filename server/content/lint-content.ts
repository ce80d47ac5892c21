// Validates every content file in prompts/ and rubrics/ (what `bedside lint` runs), and the references between them.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { scenarioRubricProblems } from './check-references.ts';
import { ContentError } from './content-error.ts';
import {
  CHARACTER_GUIDANCE_FILE,
  CHARACTER_TEMPLATE_FILE,
  loadCharacterPrompts,
} from './load-character-prompts.ts';
import { JUDGE_TEMPLATE_FILE, loadJudgeTemplate } from './load-judge-template.ts';
import { loadRubricDir } from './load-rubrics.ts';
import { loadScenarioDir } from './load-scenarios.ts';
import type { Rubric } from './rubric-schema.ts';
import type { Scenario } from './scenario-schema.ts';
import { coverageProblems, describeCoverage } from './topic-coverage.ts';

export interface LintReport {
  checked: number;
  lines: string[];
  errors: ContentError[];
}

export function lintContent(root: string): LintReport {
  const report: LintReport = { checked: 0, lines: [], errors: [] };
  const collect = (file: string, check: () => void) => {
    report.checked++;
    try {
      check();
      report.lines.push(`ok  ${file}`);
    } catch (error) {
      if (error instanceof ContentError) report.errors.push(error);
      else throw error;
    }
  };
  let scenarios: Scenario[] = [];
  let rubrics: Rubric[] = [];
  const scenarioDir = join(root, 'prompts', 'scenarios');
  if (existsSync(scenarioDir)) {
    const result = loadScenarioDir(scenarioDir, root);
    report.checked += result.scenarios.length + result.errors.length;
    report.errors.push(...result.errors);
    for (const s of result.scenarios) {
      const problems = coverageProblems(s);
      if (problems.length > 0)
        report.errors.push(new ContentError(`prompts/scenarios/${s.id}.yaml`, problems));
      else report.lines.push(`ok  prompts/scenarios/${s.id}`);
      report.lines.push(...describeCoverage(s));
    }
    scenarios = result.scenarios.filter((s) => coverageProblems(s).length === 0);
  }
  if (existsSync(join(root, 'prompts', 'templates'))) {
    collect(`prompts/${CHARACTER_TEMPLATE_FILE} and prompts/${CHARACTER_GUIDANCE_FILE}`, () =>
      loadCharacterPrompts(join(root, 'prompts')),
    );
    collect(`prompts/${JUDGE_TEMPLATE_FILE}`, () => loadJudgeTemplate(join(root, 'prompts')));
  }
  const rubricDir = join(root, 'rubrics');
  if (existsSync(rubricDir)) {
    const result = loadRubricDir(rubricDir, root);
    report.checked += result.rubrics.length + result.errors.length;
    for (const r of result.rubrics) report.lines.push(`ok  rubrics/${r.id}`);
    report.errors.push(...result.errors);
    rubrics = result.rubrics;
  }
  for (const problem of rubrics.length > 0 ? scenarioRubricProblems(scenarios, rubrics) : []) {
    const [file, ...rest] = problem.split(': ');
    report.errors.push(new ContentError(file ?? 'prompts/scenarios', [rest.join(': ')]));
  }
  return report;
}
