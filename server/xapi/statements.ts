// The xAPI statements Bedside makes: a session initialized, completed (or, left ungraded, terminated), and one scored
// result per rubric of its report. The actor is the learner's account id under Bedside's home page, never their
// email or name; scenarios and rubrics are activities with Bedside's own IRIs. Each statement carries a fresh UUID,
// set here, so the record store can tell a statement sent twice from a new one.

import { randomUUID } from 'node:crypto';
import type { GradingReport } from '../grading/report-types.ts';

export type Statement = Record<string, unknown> & { id: string };

/** What a statement about a session needs to know of it. */
export interface SessionFacts {
  id: string;
  userId: string;
  scenarioId: string;
  difficulty: number;
  leftReason: string | null;
}

const VERB_BASE = 'http://adlnet.gov/expapi/verbs/';
const ACTIVITY_TYPE_BASE = 'http://adlnet.gov/expapi/activities/';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type Verb = 'initialized' | 'completed' | 'terminated' | 'scored';

export interface StatementMaker {
  initialized(session: SessionFacts, scenarioTitle: string | null, at: string): Statement;
  /** `completed` for a session ended to be graded; `terminated` for one left ungraded (opted out, or no words). */
  ended(session: SessionFacts, scenarioTitle: string | null, at: string): Statement;
  /** One `scored` statement per rubric with an overall score. */
  scored(
    session: SessionFacts,
    scenarioTitle: string | null,
    report: Pick<GradingReport, 'rubrics'>,
    at: string,
  ): Statement[];
}

export function statementMaker(activityBase: string, newId: () => string = randomUUID): StatementMaker {
  const base = activityBase.endsWith('/') ? activityBase : `${activityBase}/`;
  const homePage = new URL(base).origin;
  const extension = (name: string) => `${base}extensions/${name}`;
  const scenarioActivity = (scenarioId: string, title: string | null) => ({
    objectType: 'Activity',
    id: `${base}scenarios/${encodeURIComponent(scenarioId)}`,
    definition: {
      type: `${ACTIVITY_TYPE_BASE}simulation`,
      ...(title ? { name: { en: title } } : {}),
    },
  });
  const verb = (name: Verb) => ({ id: `${VERB_BASE}${name}`, display: { en: name } });
  const base_ = (session: SessionFacts, name: Verb, at: string) => ({
    id: newId(),
    actor: { objectType: 'Agent', account: { homePage, name: session.userId } },
    verb: verb(name),
    timestamp: at,
  });
  const context = (session: SessionFacts, parent?: ReturnType<typeof scenarioActivity>) => ({
    ...(UUID.test(session.id) ? { registration: session.id.toLowerCase() } : {}),
    ...(parent ? { contextActivities: { parent: [parent] } } : {}),
    extensions: { [extension('session')]: session.id, [extension('level')]: session.difficulty },
  });

  return {
    initialized: (session, title, at) => ({
      ...base_(session, 'initialized', at),
      object: scenarioActivity(session.scenarioId, title),
      context: context(session),
    }),
    ended: (session, title, at) => ({
      ...base_(session, session.leftReason === null ? 'completed' : 'terminated', at),
      object: scenarioActivity(session.scenarioId, title),
      ...(session.leftReason === null
        ? { result: { completion: true } }
        : { result: { completion: false, extensions: { [extension('left')]: session.leftReason } } }),
      context: context(session),
    }),
    scored: (session, title, report, at) =>
      report.rubrics.flatMap((rubric) =>
        rubric.overall === null
          ? []
          : [
              {
                ...base_(session, 'scored', at),
                object: {
                  objectType: 'Activity',
                  id: `${base}rubrics/${encodeURIComponent(rubric.rubricId)}`,
                  definition: { type: `${ACTIVITY_TYPE_BASE}assessment`, name: { en: rubric.title } },
                },
                result: {
                  score: { scaled: rubric.overall, raw: rubric.overall, min: 0, max: 1 },
                  extensions: {
                    [extension('items')]: Object.fromEntries(
                      rubric.items.map((item) => [item.id, item.score]),
                    ),
                  },
                },
                context: context(session, scenarioActivity(session.scenarioId, title)),
              },
            ],
      ),
  };
}
