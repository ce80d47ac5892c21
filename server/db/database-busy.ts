// Whether a failed statement failed only because the database was locked: the caller may say "busy, try again".

/** Postgres: serialization failure, deadlock (both after our retries), lock not available, statement timeout. */
const POSTGRES_BUSY = new Set(['40001', '40P01', '55P03', '57014']);

/** The database could not get its lock in time (another writer held it): nothing of that statement was written. */
export function isDatabaseBusy(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 3; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code !== 'string') continue;
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || POSTGRES_BUSY.has(code))
      return true;
  }
  return false;
}
