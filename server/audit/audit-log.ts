// The audit log's use-cases: record that someone read another person's data, and read the log back (admins).

import type { Clock } from '../ports.ts';
import type { AuditEventRow, AuditStore } from '../stores/ports.ts';
import type { AuditAction, AuditPageDto } from './audit-types.ts';

// The schema spells the actions out too: the compiler holds the two lists to each other.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const actionsAgree: Same<AuditEventRow['action'], AuditAction> = true;
void actionsAgree;

export const AUDIT_PAGE_DEFAULT = 50;
export const AUDIT_PAGE_MAX = 200;

/** Records a read of `subjectUserId`'s data (null: a whole cohort's) by `actorId`, now. */
export function recordRead(
  deps: { stores: { audit: AuditStore }; clock: Clock },
  read: { actorId: string; action: AuditAction; subjectUserId: string | null; targetId: string },
): Promise<void> {
  return deps.stores.audit.record({ ...read, at: deps.clock.now().toISOString() });
}

/** One page of the log, newest first, with the cursor for the next. */
export async function auditPage(
  audit: AuditStore,
  page: { limit?: number | undefined; before?: number | undefined },
): Promise<AuditPageDto> {
  const limit = page.limit ?? AUDIT_PAGE_DEFAULT;
  // One more than asked says whether another page follows.
  const rows = await audit.list(limit + 1, page.before);
  const events = rows.slice(0, limit).map((row) => ({
    id: row.id,
    at: row.at,
    action: row.action,
    actor: { id: row.actorId, name: row.actorName },
    subject: row.subjectUserId === null ? null : { id: row.subjectUserId, name: row.subjectName },
    targetId: row.targetId,
  }));
  return { events, next: rows.length > limit ? (events.at(-1)?.id ?? null) : null };
}
