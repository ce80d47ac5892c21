// Queues xAPI statements in the outbox, each in the same write as the event it describes: a session started, a
// session ended, a report stored. A statement is therefore queued exactly when its event happened, never otherwise.

import type { SceneCatalog } from '../content/scene-catalog.ts';
import type { GradingReport } from '../grading/report-types.ts';
import type { PracticeSessionRow, Stores } from '../stores/ports.ts';
import { type Statement, statementMaker } from './statements.ts';

export interface XapiRecorder {
  sessionStarted(tx: Stores, session: PracticeSessionRow): Promise<void>;
  sessionEnded(tx: Stores, session: PracticeSessionRow): Promise<void>;
  sessionGraded(
    tx: Stores,
    session: PracticeSessionRow,
    report: Pick<GradingReport, 'rubrics'>,
    at: string,
  ): Promise<void>;
}

export function createXapiRecorder(deps: {
  activityBase: string;
  catalog: SceneCatalog;
  /** Told after statements are queued, so a sender can look soon (the write may still be finishing). */
  queued?: (() => void) | undefined;
}): XapiRecorder {
  const make = statementMaker(deps.activityBase);
  const titleOf = (session: PracticeSessionRow) => deps.catalog.scenario(session.scenarioId)?.title ?? null;
  const enqueue = async (tx: Stores, session: PracticeSessionRow, statements: Statement[], at: string) => {
    await tx.xapiOutbox.enqueue(
      statements.map((statement) => ({ id: statement.id, userId: session.userId, statement, createdAt: at })),
    );
    deps.queued?.();
  };
  return {
    sessionStarted: (tx, session) =>
      enqueue(
        tx,
        session,
        [make.initialized(session, titleOf(session), session.createdAt)],
        session.createdAt,
      ),
    sessionEnded: (tx, session) => {
      const at = session.endedAt ?? session.createdAt;
      return enqueue(tx, session, [make.ended(session, titleOf(session), at)], at);
    },
    sessionGraded: (tx, session, report, at) =>
      enqueue(tx, session, make.scored(session, titleOf(session), report, at), at),
  };
}
