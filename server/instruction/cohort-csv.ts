// A cohort's results as CSV for its instructors and admins: one row per ended session, with the learner, scenario,
// level and dates, then each rubric's overall and item scores (a column for every rubric item seen in the cohort).

import { recordRead } from '../audit/audit-log.ts';
import { cohortRunBy } from '../cohorts/access.ts';
import type { Rubric } from '../content/rubric-schema.ts';
import type { UserDto } from '../protocol.ts';
import { type CsvValue, csvRecord } from './csv.ts';
import type { InstructionDeps } from './session-standing.ts';

export interface CohortCsv {
  filename: string;
  body: string;
}

export async function cohortCsv(
  deps: InstructionDeps & { rubrics: readonly Rubric[] },
  viewer: UserDto,
  cohortId: string,
): Promise<CohortCsv> {
  const cohort = await cohortRunBy(deps.stores, viewer, cohortId);
  const [learners, sessions, scores] = await Promise.all([
    deps.stores.cohorts.learners(cohortId),
    deps.stores.scores.cohortSessions(cohortId),
    deps.stores.scores.cohortScores(cohortId),
  ]);
  await recordRead(deps, {
    actorId: viewer.id,
    action: 'cohort_exported',
    subjectUserId: null,
    targetId: cohortId,
  });

  const nameOf = new Map(learners.map((l) => [l.id, l.name]));
  const overall = new Map(scores.rubrics.map((r) => [`${r.sessionId}/${r.rubricId}`, r.overall]));
  const itemScore = new Map(scores.items.map((i) => [`${i.sessionId}/${i.rubricId}/${i.itemId}`, i.score]));
  const columns = scoreColumns(scores.items, scores.rubrics, deps.rubrics);

  let body = csvRecord([
    'learner',
    'scenario',
    'level',
    'started',
    'ended',
    'left',
    ...columns.map((c) => (c.itemId === null ? `${c.rubricId}:overall` : `${c.rubricId}:${c.itemId}`)),
  ]);
  for (const session of sessions) {
    if (session.status !== 'ended') continue;
    const values: CsvValue[] = columns.map((c) =>
      c.itemId === null
        ? (overall.get(`${session.id}/${c.rubricId}`) ?? null)
        : (itemScore.get(`${session.id}/${c.rubricId}/${c.itemId}`) ?? null),
    );
    body += csvRecord([
      nameOf.get(session.userId) ?? '',
      session.scenarioId,
      session.difficulty,
      session.createdAt,
      session.endedAt,
      session.leftReason,
      ...values,
    ]);
  }
  return { filename: `${slug(cohort.name)}-${deps.clock.now().toISOString().slice(0, 10)}.csv`, body };
}

/** Each rubric seen (overall, then its items), in the loaded rubrics' order; rubrics and items no longer loaded last. */
function scoreColumns(
  items: readonly { rubricId: string; itemId: string }[],
  rubrics: readonly { rubricId: string }[],
  loaded: readonly Rubric[],
): { rubricId: string; itemId: string | null }[] {
  const seenItems = new Map<string, Set<string>>();
  for (const r of rubrics) if (!seenItems.has(r.rubricId)) seenItems.set(r.rubricId, new Set());
  for (const i of items) {
    const set = seenItems.get(i.rubricId) ?? new Set<string>();
    set.add(i.itemId);
    seenItems.set(i.rubricId, set);
  }
  const rubricRank = (id: string) => {
    const rank = loaded.findIndex((r) => r.id === id);
    return rank < 0 ? loaded.length : rank;
  };
  return [...seenItems.keys()]
    .sort((a, b) => rubricRank(a) - rubricRank(b) || a.localeCompare(b))
    .flatMap((rubricId) => {
      const known = loaded.find((r) => r.id === rubricId)?.items.map((i) => i.id) ?? [];
      const seen = seenItems.get(rubricId) ?? new Set<string>();
      const ordered = [
        ...known.filter((id) => seen.has(id)),
        ...[...seen].filter((id) => !known.includes(id)).sort(),
      ];
      return [{ rubricId, itemId: null }, ...ordered.map((itemId) => ({ rubricId, itemId }))];
    });
}

/** A file name from the cohort's name: ASCII letters, digits and dashes. */
function slug(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return base === '' ? 'cohort' : base;
}
