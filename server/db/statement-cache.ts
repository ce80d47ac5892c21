// Keeps the connection's compiled statements for reuse. The query builder asks the driver to compile every query
// afresh, and compiling SQL cost more of a turn than running it; the app runs a few dozen query shapes over and over.

import type Database from 'better-sqlite3';

/** Enough for every query shape the app has; a shape past it (lists of varying length) pushes out the oldest. */
const MOST_STATEMENTS = 500;

/** Makes `prepare` on this connection hand back a statement already compiled for the same SQL when it can. */
export function cacheStatements(sqlite: Database.Database): void {
  const compile = sqlite.prepare.bind(sqlite);
  const kept = new Map<string, Database.Statement>();
  const prepare = (source: string): Database.Statement => {
    const statement = kept.get(source);
    // One still being iterated cannot serve a second caller.
    if (statement && !statement.busy) {
      // The query builder switches a statement to rows as arrays when it wants them; each caller starts afresh.
      if (statement.reader) statement.raw(false);
      return statement;
    }
    const fresh = compile(source);
    kept.delete(source);
    kept.set(source, fresh);
    if (kept.size > MOST_STATEMENTS) kept.delete(kept.keys().next().value as string);
    return fresh;
  };
  sqlite.prepare = prepare as typeof sqlite.prepare;
}
