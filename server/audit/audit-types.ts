// The wire types of the audit log. Re-exported by `server/protocol.ts`, so this file imports nothing.

/**
 * What was done with someone else's data, recorded in the audit log: read, commented on, reviewed, exported; and an
 * account's deletion (by its owner: who and when, nothing of what it held).
 */
export const AUDIT_ACTIONS = [
  'cohort_viewed',
  'sessions_listed',
  'session_viewed',
  'report_viewed',
  'progress_viewed',
  'session_commented',
  'item_reviewed',
  'cohort_exported',
  'account_deleted',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEventDto {
  id: number;
  at: string;
  action: AuditAction;
  /** Who read; the name is null once their account is gone. */
  actor: { id: string; name: string | null };
  /** Whose data was read; null when it was a whole cohort's summary. */
  subject: { id: string; name: string | null } | null;
  /** What was read: the session's id, or the cohort's (its summary, or a learner's progress or sessions read through it). */
  targetId: string;
}

/** A page of the audit log, newest first; `next` is the `before` that fetches the page after it (null at the end). */
export interface AuditPageDto {
  events: AuditEventDto[];
  next: number | null;
}
