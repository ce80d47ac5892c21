// The audit log: who read whose data, newest first.

import { desc, eq, lt } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { AuditStore } from '../ports.ts';
import type { StoreContext } from './store-context.ts';

export function auditStore({ sql, t, writeOne }: StoreContext): AuditStore {
  const { auditEvents: events, users } = t;
  const actors = alias(users, 'actors');
  const subjects = alias(users, 'subjects');
  return {
    record: (event) =>
      writeOne(async (tx) => {
        await tx.insert(events).values(event);
      }),
    list: async (limit, before) =>
      (
        await sql
          .select({ event: events, actorName: actors.name, subjectName: subjects.name })
          .from(events)
          .leftJoin(actors, eq(actors.id, events.actorId))
          .leftJoin(subjects, eq(subjects.id, events.subjectUserId))
          .where(before === undefined ? undefined : lt(events.id, before))
          .orderBy(desc(events.id))
          .limit(limit)
      ).map(({ event, actorName, subjectName }) => ({ ...event, actorName, subjectName })),
  };
}
