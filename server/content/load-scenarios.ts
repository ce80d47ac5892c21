// Loads and validates every scenario file; any invalid file stops start-up with a message naming it.

import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ContentError, describeIssues } from './content-error.ts';
import { type Scenario, scenarioSchema } from './scenario-schema.ts';

const SCENARIO_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** Parses and validates one scenario file. Throws ContentError. */
export function loadScenarioFile(path: string, displayPath = path): Scenario {
  let raw: unknown;
  try {
    const source = readFileSync(path, 'utf8');
    raw = extname(path) === '.json' ? JSON.parse(source) : parseYaml(source);
  } catch (error) {
    throw new ContentError(displayPath, [
      `not readable as ${extname(path).slice(1)}: ${(error as Error).message}`,
    ]);
  }
  const result = scenarioSchema.safeParse(raw);
  if (!result.success) throw new ContentError(displayPath, describeIssues(result.error.issues));
  const expectedId = basename(path, extname(path));
  if (result.data.id !== expectedId) {
    throw new ContentError(displayPath, [
      `id: expected "${expectedId}" to match the file name, got "${result.data.id}"`,
    ]);
  }
  return result.data;
}

export interface ScenarioLoadResult {
  scenarios: Scenario[];
  errors: ContentError[];
}

/** Validates every scenario in a folder, collecting all errors rather than stopping at the first. */
export function loadScenarioDir(dir: string, cwd = process.cwd()): ScenarioLoadResult {
  const scenarios: Scenario[] = [];
  const errors: ContentError[] = [];
  const files = readdirSync(dir)
    .filter((name) => SCENARIO_EXTENSIONS.has(extname(name)))
    .sort();
  for (const name of files) {
    const path = join(dir, name);
    try {
      scenarios.push(loadScenarioFile(path, relative(cwd, path)));
    } catch (error) {
      if (error instanceof ContentError) errors.push(error);
      else throw error;
    }
  }
  return { scenarios, errors };
}

/** Loads a folder of scenarios and throws one error listing every invalid file. */
export function loadScenariosOrThrow(dir: string): Scenario[] {
  const { scenarios, errors } = loadScenarioDir(dir);
  if (errors.length > 0) {
    throw new Error(`Invalid scenario files:\n${errors.map((e) => e.message).join('\n')}`);
  }
  if (scenarios.length === 0) throw new Error(`No scenario files found in ${dir}`);
  return scenarios;
}
