// Loads and validates every scenario file; any invalid file stops start-up with a message naming it.

import type { ContentError } from './content-error.ts';
import { loadContentDir, loadContentFile, throwIfInvalid } from './content-file.ts';
import { type Scenario, scenarioSchema } from './scenario-schema.ts';

/** Parses and validates one scenario file. Throws ContentError. */
export function loadScenarioFile(path: string, displayPath = path): Scenario {
  return loadContentFile(scenarioSchema, path, displayPath);
}

/** Validates every scenario in a folder, collecting all errors rather than stopping at the first. */
export function loadScenarioDir(
  dir: string,
  cwd = process.cwd(),
): { scenarios: Scenario[]; errors: ContentError[] } {
  const { items, errors } = loadContentDir(dir, loadScenarioFile, cwd);
  return { scenarios: items, errors };
}

/** Loads a folder of scenarios and throws one error listing every invalid file. */
export function loadScenariosOrThrow(dir: string): Scenario[] {
  const { scenarios, errors } = loadScenarioDir(dir);
  throwIfInvalid('scenario', errors);
  if (scenarios.length === 0) throw new Error(`No scenario files found in ${dir}`);
  return scenarios;
}
