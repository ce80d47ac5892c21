// The xAPI outbox: statements queued with the events they describe, leased to one sender at a time.

import { and, asc, count, eq, inArray, isNull, lt, lte, or, sql as raw } from 'drizzle-orm';
import type { XapiOutboxStore } from '../instruction-ports.ts';
import type { StoreContext } from './store-context.ts';

export function xapiOutboxStore({ sql, t, write, writeOne }: StoreContext): XapiOutboxStore {
  const { xapiOutbox: outbox } = t;
  const mine = (id: string, owner: string) =>
    and(eq(outbox.id, id), eq(outbox.status, 'pending'), eq(outbox.leaseOwner, owner));
  return {
    enqueue: (statements) =>
      writeOne(async (tx) => {
        if (statements.length === 0) return;
        await tx
          .insert(outbox)
          .values(statements.map((s) => ({ ...s, status: 'pending' as const, nextAttemptAt: s.createdAt })));
      }),
    claimDue: (lease, now, limit) =>
      write(async (tx) => {
        const due = and(
          eq(outbox.status, 'pending'),
          lte(outbox.nextAttemptAt, now),
          or(isNull(outbox.leaseUntil), lt(outbox.leaseUntil, now)),
        );
        const candidates = await tx
          .select({ id: outbox.id })
          .from(outbox)
          .where(due)
          .orderBy(asc(outbox.createdAt), asc(outbox.id))
          .limit(limit);
        if (candidates.length === 0) return [];
        // The same condition again on those rows: of two senders that saw the same ones, each row goes to one.
        const taken = await tx
          .update(outbox)
          .set({ leaseOwner: lease.owner, leaseUntil: lease.until })
          .where(
            and(
              inArray(
                outbox.id,
                candidates.map((c) => c.id),
              ),
              due,
            ),
          )
          .returning();
        return taken.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
      }),
    renew: (ids, lease) =>
      writeOne(async (tx) => {
        if (ids.length === 0) return;
        await tx
          .update(outbox)
          .set({ leaseUntil: lease.until })
          .where(
            and(
              inArray(outbox.id, [...ids]),
              eq(outbox.status, 'pending'),
              eq(outbox.leaseOwner, lease.owner),
            ),
          );
      }),
    delivered: (id, owner, at) =>
      writeOne(
        async (tx) =>
          (
            await tx
              .update(outbox)
              .set({ status: 'delivered', deliveredAt: at, leaseOwner: null, leaseUntil: null })
              .where(mine(id, owner))
              .returning({ id: outbox.id })
          ).length === 1,
      ),
    failed: (id, owner, failure) =>
      writeOne(async (tx) => {
        await tx
          .update(outbox)
          .set({
            status: failure.reject ? 'rejected' : 'pending',
            attempts: raw`${outbox.attempts} + 1`,
            lastError: failure.error,
            nextAttemptAt: failure.nextAttemptAt,
            leaseOwner: null,
            leaseUntil: null,
          })
          .where(mine(id, owner));
      }),
    pruneDelivered: (before) =>
      writeOne(async (tx) => {
        await tx.delete(outbox).where(and(eq(outbox.status, 'delivered'), lt(outbox.deliveredAt, before)));
      }),
    counts: async () => {
      const rows = await sql
        .select({ status: outbox.status, n: count() })
        .from(outbox)
        .groupBy(outbox.status);
      const counts = { pending: 0, delivered: 0, rejected: 0 };
      for (const row of rows) counts[row.status] = Number(row.n);
      return counts;
    },
  };
}
