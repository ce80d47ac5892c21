// Use-cases on cohorts: create one, list the caller's, join with an invite code, read a cohort's summary, add an
// instructor.

import { randomBytes } from 'node:crypto';
import { recordRead } from '../audit/audit-log.ts';
import { errors } from '../domain-errors.ts';
import { SKILLS } from '../learning/progress-types.ts';
import { initialRatings } from '../learning/rating.ts';
import { isSkill } from '../learning/skills.ts';
import type { Clock, IdSource } from '../ports.ts';
import type { UserDto } from '../protocol.ts';
import type { CohortRow, SkillRatingRow, Stores } from '../stores/ports.ts';
import { cohortRunBy } from './access.ts';
import type {
  CohortDetailDto,
  CohortDto,
  CohortLearnerDto,
  JoinedCohortDto,
  PersonDto,
} from './cohort-types.ts';

export interface CohortDeps {
  stores: Stores;
  clock: Clock;
  ids: IdSource;
}

/** 96 random bits, URL-safe (16 characters): unguessable, and short enough to read out or paste. */
export function newInviteCode(): string {
  return randomBytes(12).toString('base64url');
}

export function toCohortDto(row: CohortRow): CohortDto {
  return { id: row.id, name: row.name, inviteCode: row.inviteCode, createdAt: row.createdAt };
}

/** A cohort as a learner in it sees it: without the invite code. */
export function toJoinedCohortDto(row: CohortRow): JoinedCohortDto {
  return { id: row.id, name: row.name, createdAt: row.createdAt };
}

/** Creates a cohort (instructors and admins) with a fresh invite code; the creator is its first instructor. */
export async function createCohort(deps: CohortDeps, creator: UserDto, name: string): Promise<CohortDto> {
  const row = await deps.stores.cohorts.createCohort(
    { id: deps.ids.newId(), name, inviteCode: newInviteCode(), createdAt: deps.clock.now().toISOString() },
    creator.id,
  );
  return toCohortDto(row);
}

/** The caller's cohorts: every one for an admin, those they instruct for an instructor, those they joined for a learner. */
export async function listCohorts(stores: Stores, user: UserDto): Promise<(CohortDto | JoinedCohortDto)[]> {
  switch (user.role) {
    case 'admin':
      return (await stores.cohorts.listAll()).map(toCohortDto);
    case 'instructor':
      return (await stores.cohorts.listInstructed(user.id)).map(toCohortDto);
    case 'learner':
      return (await stores.cohorts.listJoined(user.id)).map(toJoinedCohortDto);
    default:
      return user.role satisfies never;
  }
}

/** Joins the cohort the code belongs to; 404 for a code that belongs to none. Joining twice changes nothing. */
export async function joinCohort(
  deps: CohortDeps,
  learner: UserDto,
  inviteCode: string,
): Promise<JoinedCohortDto> {
  const cohort = await deps.stores.cohorts.findByInviteCode(inviteCode);
  if (!cohort) throw errors.notFound('Invite code');
  await deps.stores.cohorts.join(cohort.id, learner.id, deps.clock.now().toISOString());
  return toJoinedCohortDto(cohort);
}

/** A cohort's summary for its instructors and admins (recorded as a read of its learners' data); 404 for others. */
export async function cohortDetail(
  deps: CohortDeps,
  viewer: UserDto,
  cohortId: string,
): Promise<CohortDetailDto> {
  const cohort = await cohortRunBy(deps.stores, viewer, cohortId);
  const [instructors, learners, ratings] = await Promise.all([
    deps.stores.cohorts.instructors(cohortId),
    deps.stores.cohorts.learners(cohortId),
    deps.stores.cohorts.learnerSkillRatings(cohortId),
  ]);
  await recordRead(deps, {
    actorId: viewer.id,
    action: 'cohort_viewed',
    subjectUserId: null,
    targetId: cohortId,
  });
  const ratingsOf = new Map<string, SkillRatingRow[]>();
  for (const row of ratings) ratingsOf.set(row.userId, [...(ratingsOf.get(row.userId) ?? []), row]);
  return {
    cohort: { ...toCohortDto(cohort), instructors },
    learners: learners.map((learner) => ({
      id: learner.id,
      name: learner.name,
      sessions: learner.completedSessions,
      lastActiveAt: learner.lastActiveAt,
      skills: skillSummary(ratingsOf.get(learner.id) ?? []),
    })),
  };
}

/**
 * Adds an instructor to a cohort (its instructors and admins may); they must hold the instructor or admin role.
 * `added` is false when they already instructed it.
 */
export async function addCohortInstructor(
  deps: CohortDeps,
  viewer: UserDto,
  cohortId: string,
  userId: string,
): Promise<{ added: boolean; instructors: PersonDto[] }> {
  await cohortRunBy(deps.stores, viewer, cohortId);
  const user = await deps.stores.accounts.findById(userId);
  if (!user) throw errors.notFound('User');
  if (user.role === 'learner') throw errors.notInstructor();
  const added = await deps.stores.cohorts.addInstructor(cohortId, userId, deps.clock.now().toISOString());
  return { added, instructors: await deps.stores.cohorts.instructors(cohortId) };
}

/** Every skill's rating, the model's starting belief for those nothing has informed yet. */
function skillSummary(rows: readonly SkillRatingRow[]): CohortLearnerDto['skills'] {
  const ratings = initialRatings();
  const rated = new Set<string>();
  for (const row of rows) {
    if (!isSkill(row.skill)) continue;
    ratings[row.skill] = { rating: row.rating, uncertainty: row.uncertainty };
    rated.add(row.skill);
  }
  return SKILLS.map((skill) => ({
    skill,
    rating: round(ratings[skill].rating),
    uncertainty: round(ratings[skill].uncertainty),
    rated: rated.has(skill),
  }));
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
