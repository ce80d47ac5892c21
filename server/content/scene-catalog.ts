// The loaded scenarios and their scene set-ups per difficulty, built once when the app is created.

import type { DifficultyLevel, Scenario } from './scenario-schema.ts';
import { type SceneSetup, setUpScene } from './scene-setup.ts';

export interface SceneCatalog {
  scenarios: readonly Scenario[];
  scenario(id: string): Scenario | undefined;
  scene(id: string, difficulty: DifficultyLevel): SceneSetup | undefined;
}

export function buildSceneCatalog(scenarios: readonly Scenario[]): SceneCatalog {
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  const scenes = new Map<string, SceneSetup>();
  for (const s of scenarios)
    for (const level of [1, 2, 3] as const) scenes.set(`${s.id}#${level}`, setUpScene(s, level));
  return {
    scenarios,
    scenario: (id) => byId.get(id),
    scene: (id, difficulty) => scenes.get(`${id}#${difficulty}`),
  };
}
