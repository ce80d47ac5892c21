// Recent attempts at what is limited (failed sign-ins, registrations), counted in the database so that every
// instance sees the same ones. Keys are personal (emails, addresses): only their SHA-256 hash is written.

import { createHash, randomUUID } from 'node:crypto';
import { and, desc, eq, gt, lte } from 'drizzle-orm';
import type { AttemptScope, AttemptStore } from '../ports.ts';
import type { StoreContext } from './store-context.ts';

export function attemptStore({ sql, t, write, writeOne }: StoreContext): AttemptStore {
  const { attempts } = t;
  const under = (scope: AttemptScope, key: string) =>
    and(eq(attempts.scope, scope), eq(attempts.keyHash, hashOf(key)));
  const newest = async (tx: typeof sql, scope: AttemptScope, key: string, since: string, limit: number) =>
    (
      await tx
        .select({ at: attempts.at })
        .from(attempts)
        .where(and(under(scope, key), gt(attempts.at, since)))
        .orderBy(desc(attempts.at))
        .limit(limit)
    ).map((row) => row.at);

  return {
    recent: (scope, key, since, limit) => newest(sql, scope, key, since, limit),
    take: ({ scope, key, at }, since, limit) =>
      write(async (tx) => {
        // Counted and inserted in one write: no other attempt under the key can land between the two.
        const recent = await newest(tx, scope, key, since, limit);
        if (recent.length >= limit) return { taken: false, recent };
        await tx.insert(attempts).values({ id: randomUUID(), scope, keyHash: hashOf(key), at });
        return { taken: true };
      }),
    removeLatest: (scope, key) =>
      // Read, then delete by id: two simultaneous calls remove two attempts, not the same one twice.
      write(async (tx) => {
        const [latest] = await tx
          .select({ id: attempts.id })
          .from(attempts)
          .where(under(scope, key))
          .orderBy(desc(attempts.at))
          .limit(1);
        if (latest) await tx.delete(attempts).where(eq(attempts.id, latest.id));
      }),
    removeAll: (scope, key) =>
      writeOne(async (tx) => {
        await tx.delete(attempts).where(under(scope, key));
      }),
    prune: (scope, before) =>
      writeOne(async (tx) => {
        await tx.delete(attempts).where(and(eq(attempts.scope, scope), lte(attempts.at, before)));
      }),
  };
}

function hashOf(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}
