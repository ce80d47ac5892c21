// Cross-file checks: every rubric a scenario names must exist.

import type { Rubric } from './rubric-schema.ts';
import type { Scenario } from './scenario-schema.ts';

export function scenarioRubricProblems(scenarios: readonly Scenario[], rubrics: readonly Rubric[]): string[] {
  const known = new Set(rubrics.map((r) => r.id));
  return scenarios.flatMap((s) =>
    s.rubrics.flatMap((id, i) =>
      known.has(id)
        ? []
        : [
            `prompts/scenarios/${s.id}.yaml: rubrics.${i}: expected one of ${[...known].join(', ')}, got "${id}"`,
          ],
    ),
  );
}

export function checkScenarioRubrics(scenarios: readonly Scenario[], rubrics: readonly Rubric[]): void {
  const problems = scenarioRubricProblems(scenarios, rubrics);
  if (problems.length > 0) throw new Error(`Scenarios name unknown rubrics:\n${problems.join('\n')}`);
}
