// Use-cases on assignments: set a scenario for a cohort, list a cohort's, and list a learner's with where they stand.

import type { SceneCatalog } from '../content/scene-catalog.ts';
import { errors } from '../domain-errors.ts';
import type { UserDto } from '../protocol.ts';
import type { AssignmentRow } from '../stores/ports.ts';
import { cohortRunBy } from './access.ts';
import { assignmentStatus } from './assignment-status.ts';
import type { CohortDeps } from './cohort-service.ts';
import type { AssignmentDto, LearnerAssignmentDto } from './cohort-types.ts';

export interface AssignmentDeps extends CohortDeps {
  catalog: SceneCatalog;
}

export function toAssignmentDto(row: AssignmentRow): AssignmentDto {
  return {
    id: row.id,
    cohortId: row.cohortId,
    scenarioId: row.scenarioId,
    difficulty: row.difficulty as AssignmentDto['difficulty'],
    dueAt: row.dueAt,
    createdAt: row.createdAt,
  };
}

/** Sets a scenario (at a level, by a date, when given) for a cohort; its instructors and admins only (404 otherwise). */
export async function createAssignment(
  deps: AssignmentDeps,
  viewer: UserDto,
  cohortId: string,
  input: { scenarioId: string; difficulty?: 1 | 2 | 3 | undefined; dueAt?: string | undefined },
): Promise<AssignmentDto> {
  await cohortRunBy(deps.stores, viewer, cohortId);
  const scenario = deps.catalog.scenario(input.scenarioId);
  if (!scenario) throw errors.notFound(`Scenario "${input.scenarioId}"`);
  if (input.difficulty !== undefined && !deps.catalog.scene(scenario.id, input.difficulty)) {
    throw errors.notFound(`Scenario "${scenario.id}" at difficulty ${input.difficulty}`);
  }
  const row = await deps.stores.assignments.createAssignment({
    id: deps.ids.newId(),
    cohortId,
    scenarioId: scenario.id,
    difficulty: input.difficulty ?? null,
    // One form for every due date, so dates compare as text.
    dueAt: input.dueAt === undefined ? null : new Date(input.dueAt).toISOString(),
    createdBy: viewer.id,
    createdAt: deps.clock.now().toISOString(),
  });
  return toAssignmentDto(row);
}

/** A cohort's assignments, oldest first, for its instructors and admins (404 otherwise). */
export async function cohortAssignments(
  deps: AssignmentDeps,
  viewer: UserDto,
  cohortId: string,
): Promise<AssignmentDto[]> {
  await cohortRunBy(deps.stores, viewer, cohortId);
  return (await deps.stores.assignments.forCohort(cohortId)).map(toAssignmentDto);
}

/** The assignments of every cohort the learner joined, oldest first, each with where they stand on it. */
export async function learnerAssignments(
  deps: AssignmentDeps,
  learner: UserDto,
): Promise<LearnerAssignmentDto[]> {
  const assignments = await deps.stores.assignments.forLearner(learner.id);
  if (assignments.length === 0) return [];
  const sessions = await deps.stores.sessions.listOwnedSessions(learner.id);
  const now = deps.clock.now().toISOString();
  return assignments.map((row) => ({
    ...toAssignmentDto(row),
    cohortName: row.cohortName,
    scenarioTitle: deps.catalog.scenario(row.scenarioId)?.title ?? null,
    ...assignmentStatus(row, sessions, now),
  }));
}
