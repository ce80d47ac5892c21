// Builds the stores on a database; inside `atomically`, the same stores bound to the open transaction.

import type { Database, Sql } from '../../db/database.ts';
import type { Stores } from '../ports.ts';
import { accountStore } from './account-store.ts';
import { assignmentStore } from './assignment-store.ts';
import { attemptStore } from './attempt-store.ts';
import { auditStore } from './audit-store.ts';
import { cohortStore } from './cohort-store.ts';
import { commentStore } from './comment-store.ts';
import { gradingStore } from './grading-store.ts';
import { learnerDataStore } from './learner-data-store.ts';
import { ratingStore } from './rating-store.ts';
import { reviewStore } from './review-store.ts';
import { scoreStore } from './score-store.ts';
import { sessionStore } from './session-store.ts';
import type { Preparable, StoreContext } from './store-context.ts';
import { xapiOutboxStore } from './xapi-outbox-store.ts';

type Execute = (params: Record<string, unknown>) => Promise<unknown[]>;

export function createStores(database: Database): Stores {
  // Prepared once per database, whichever stores (plain or bound to a transaction) ask.
  const preparedQueries = new Map<string, Execute>();
  const prepare = (name: string, build: (sql: Sql) => Preparable): Execute => {
    let execute = preparedQueries.get(name);
    if (!execute) {
      execute = preparedOn(database, database.sql, name, build);
      preparedQueries.set(name, execute);
    }
    return execute;
  };
  return bound(database, database.sql, false, prepare);
}

function preparedOn(database: Database, sql: Sql, name: string, build: (sql: Sql) => Preparable): Execute {
  const builder = build(sql) as unknown as {
    prepare(name?: string): { execute(params?: Record<string, unknown>): unknown };
  };
  const query = database.dialect === 'postgres' ? builder.prepare(name) : builder.prepare();
  return async (params) => (await query.execute(params)) as unknown[];
}

function bound(
  database: Database,
  sql: Sql,
  inTransaction: boolean,
  prepare: (name: string, build: (sql: Sql) => Preparable) => Execute,
): Stores {
  const context: StoreContext = {
    sql,
    t: database.tables,
    write: (work) => (inTransaction ? work(sql) : database.transaction(work)),
    writeOne: (work) => (inTransaction ? work(sql) : database.writeOne(work)),
    prepared: <Row>(name: string, build: (sql: Sql) => Preparable) => {
      // Inside a transaction, built on it, so that the read sees the transaction's own writes.
      const execute = inTransaction ? preparedOn(database, sql, name, build) : prepare(name, build);
      return (params: Record<string, unknown>) => execute(params) as Promise<Row[]>;
    },
  };
  const stores: Stores = {
    accounts: accountStore(context),
    sessions: sessionStore(context),
    grading: gradingStore(context),
    ratings: ratingStore(context),
    attempts: attemptStore(context),
    cohorts: cohortStore(context),
    assignments: assignmentStore(context),
    audit: auditStore(context),
    comments: commentStore(context),
    reviews: reviewStore(context),
    scores: scoreStore(context),
    learnerData: learnerDataStore(context),
    xapiOutbox: xapiOutboxStore(context),
    atomically: (work) =>
      inTransaction ? work(stores) : database.transaction((tx) => work(bound(database, tx, true, prepare))),
    ping: () => database.ping(),
  };
  return stores;
}
