// Who may annotate a learner's session (comment on a turn, review the grader's scores): an instructor of a cohort the
// learner is in, or an admin. The learner may read what they write but not write it (403); anyone else is told the
// session does not exist (404), as the access policy does for reads.

import { recordRead } from '../audit/audit-log.ts';
import type { AuditAction } from '../audit/audit-types.ts';
import { standingToward } from '../cohorts/access.ts';
import { errors } from '../domain-errors.ts';
import type { Clock } from '../ports.ts';
import type { UserDto } from '../protocol.ts';
import type { PracticeSessionRow, Stores } from '../stores/ports.ts';

export interface InstructionDeps {
  stores: Stores;
  clock: Clock;
}

/** The session, when the viewer may annotate it (record the act with `recordAnnotation` once it is done). */
export async function annotatableSession(
  deps: InstructionDeps,
  viewer: UserDto,
  sessionId: string,
): Promise<PracticeSessionRow> {
  const session = await deps.stores.sessions.findSession(sessionId);
  const standing = session ? await standingToward(deps.stores, viewer, session.userId) : null;
  if (!session || !standing) throw errors.notFound('Session');
  if (standing === 'self') throw errors.forbidden();
  return session;
}

/** Records in the audit log that the viewer commented on or reviewed the learner's session. */
export function recordAnnotation(
  deps: InstructionDeps,
  viewer: UserDto,
  session: PracticeSessionRow,
  action: Extract<AuditAction, 'session_commented' | 'item_reviewed'>,
): Promise<void> {
  return recordRead(deps, {
    actorId: viewer.id,
    action,
    subjectUserId: session.userId,
    targetId: session.id,
  });
}
