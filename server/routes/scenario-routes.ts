import { Hono } from 'hono';
import type { SceneCatalog } from '../content/scene-catalog.ts';
import { errors } from '../domain-errors.ts';
import type { AppEnv } from '../http/app-env.ts';
import { toScenarioDto } from '../sessions/dto.ts';

export function scenarioRoutes(catalog: SceneCatalog) {
  return new Hono<AppEnv>()
    .get('/', (c) => c.json({ scenarios: catalog.scenarios.map(toScenarioDto) }))
    .get('/:id', (c) => {
      const scenario = catalog.scenario(c.req.param('id'));
      if (!scenario) throw errors.notFound('Scenario');
      return c.json({ scenario: toScenarioDto(scenario) });
    });
}
