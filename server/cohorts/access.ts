// Who may read a learner's data: the one policy every route that reads it goes through.
//
// A learner reads their own. An instructor reads the sessions, reports and progress of the learners in the cohorts
// they instruct (while their role is still instructor). An admin reads everyone's. Anyone else is told the thing does
// not exist (404, never 403), so ids reveal nothing. Every read of another person's data is written to the audit log.
// Writes to a session (turns, ending it) are not governed here: they stay the learner's own.

import { recordRead } from '../audit/audit-log.ts';
import type { AuditAction } from '../audit/audit-types.ts';
import { errors } from '../domain-errors.ts';
import type { Clock } from '../ports.ts';
import type { UserDto } from '../protocol.ts';
import type { CohortRow, PracticeSessionRow, Stores } from '../stores/ports.ts';

export interface AccessDeps {
  stores: Stores;
  clock: Clock;
}

/** On what footing a viewer reads a learner's data. */
export type Standing = 'self' | 'admin' | 'instructor';

/** The viewer's standing toward a learner, anywhere; null when they may not read the learner's data at all. */
export async function standingToward(
  stores: Stores,
  viewer: UserDto,
  learnerId: string,
): Promise<Standing | null> {
  if (viewer.id === learnerId) return 'self';
  if (viewer.role === 'admin') return 'admin';
  if (viewer.role === 'instructor' && (await stores.cohorts.instructsLearner(viewer.id, learnerId))) {
    return 'instructor';
  }
  return null;
}

/** Whether the viewer runs the cohort: one of its instructors (still holding the role), or an admin. */
export async function runsCohort(stores: Stores, viewer: UserDto, cohortId: string): Promise<boolean> {
  if (viewer.role === 'admin') return true;
  return viewer.role === 'instructor' && stores.cohorts.isInstructor(cohortId, viewer.id);
}

/** The cohort, for its instructors and admins; 404 for anyone else, whether or not it exists. */
export async function cohortRunBy(stores: Stores, viewer: UserDto, cohortId: string): Promise<CohortRow> {
  const cohort = await stores.cohorts.findCohort(cohortId);
  if (!cohort || !(await runsCohort(stores, viewer, cohortId))) throw errors.notFound('Cohort');
  return cohort;
}

/**
 * A session for the viewer to read (`action` says what of it): their own, or a learner's they may read, which is
 * then recorded. 404 for any other, as for one that does not exist.
 */
export async function readableSession(
  deps: AccessDeps,
  viewer: UserDto,
  sessionId: string,
  action: Extract<AuditAction, 'session_viewed' | 'report_viewed'>,
): Promise<PracticeSessionRow> {
  const session = await deps.stores.sessions.findSession(sessionId);
  const standing = session ? await standingToward(deps.stores, viewer, session.userId) : null;
  if (!session || !standing) throw errors.notFound('Session');
  if (standing !== 'self') {
    await recordRead(deps, {
      actorId: viewer.id,
      action,
      subjectUserId: session.userId,
      targetId: session.id,
    });
  }
  return session;
}

/**
 * Lets the viewer read a learner's data through one cohort: the learner must be in it, and the viewer must be that
 * learner, an admin, or an instructor of that cohort. The read of another's data is recorded. 404 otherwise.
 */
export async function admitToCohortLearner(
  deps: AccessDeps,
  viewer: UserDto,
  cohortId: string,
  learnerId: string,
  action: Extract<AuditAction, 'progress_viewed' | 'sessions_listed'>,
): Promise<void> {
  const admitted =
    (await deps.stores.cohorts.isMember(cohortId, learnerId)) &&
    (viewer.id === learnerId || (await runsCohort(deps.stores, viewer, cohortId)));
  if (!admitted) throw errors.notFound('Learner');
  if (viewer.id !== learnerId) {
    await recordRead(deps, { actorId: viewer.id, action, subjectUserId: learnerId, targetId: cohortId });
  }
}
