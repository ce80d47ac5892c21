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
import type { StoreContext } from './store-context.ts';
import { xapiOutboxStore } from './xapi-outbox-store.ts';

export function createStores(database: Database): Stores {
  return bound(database, database.sql, false);
}

function bound(database: Database, sql: Sql, inTransaction: boolean): Stores {
  const context: StoreContext = {
    sql,
    t: database.tables,
    write: (work) => (inTransaction ? work(sql) : database.transaction(work)),
    writeOne: (work) => (inTransaction ? work(sql) : database.writeOne(work)),
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
      inTransaction ? work(stores) : database.transaction((tx) => work(bound(database, tx, true))),
    ping: () => database.ping(),
  };
  return stores;
}
