// The audit log's rows in words: what each action means, and people named or marked as gone. No React here.

import type { AuditAction, AuditEventDto } from '../api/privacy-api.ts';

/** Each recorded action as the admin reads it in the "What" column. */
export const AUDIT_ACTION_WORDS: Record<AuditAction, string> = {
  cohort_viewed: 'Opened the cohort overview',
  sessions_listed: 'Listed sessions',
  session_viewed: 'Read a session',
  report_viewed: 'Read a report',
  progress_viewed: 'Read skill progress',
  session_commented: 'Commented on a session',
  item_reviewed: 'Reviewed a score',
  cohort_exported: 'Exported the cohort (CSV)',
  account_deleted: 'Deleted their own account',
};

/** Someone in a row: their name, or, once the account is gone, that it was deleted (its id stays in the row). */
export function auditPerson(person: AuditEventDto['actor']): string {
  return person.name ?? 'Deleted account';
}

/** Whose data a row is about; a whole cohort's summary is nobody's in particular. */
export function auditSubject(event: AuditEventDto): string {
  return event.subject === null ? 'Whole cohort' : auditPerson(event.subject);
}

/** What the target id names, from the action (the server records only the id). */
export function auditTargetKind(action: AuditAction): 'cohort' | 'session' | 'account' {
  switch (action) {
    case 'cohort_viewed':
    case 'cohort_exported':
    case 'sessions_listed':
    case 'progress_viewed':
      return 'cohort';
    case 'session_viewed':
    case 'report_viewed':
    case 'session_commented':
    case 'item_reviewed':
      return 'session';
    case 'account_deleted':
      return 'account';
  }
}
