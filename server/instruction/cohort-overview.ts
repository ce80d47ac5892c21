// A cohort's overview for its instructors and admins: completion of its assignments, how each rubric item's scores
// spread, the items it finds hardest, skill ratings week by week, and each learner's sessions and trajectory. Read
// in a handful of grouped queries and one pass over their rows, whatever the cohort's size (see bench:dashboard).

import { recordRead } from '../audit/audit-log.ts';
import { cohortRunBy } from '../cohorts/access.ts';
import { assignmentStatus } from '../cohorts/assignment-status.ts';
import type { Rubric } from '../content/rubric-schema.ts';
import type { UserDto } from '../protocol.ts';
import type { CohortSessionRow, ItemBandRow } from '../stores/instruction-ports.ts';
import type { AssignmentRow } from '../stores/ports.ts';
import type { CohortOverviewDto, ItemDistributionDto } from './instruction-types.ts';
import type { InstructionDeps } from './session-standing.ts';

const HARDEST = 5;

export async function cohortOverview(
  deps: InstructionDeps & { rubrics: readonly Rubric[] },
  viewer: UserDto,
  cohortId: string,
): Promise<CohortOverviewDto> {
  const cohort = await cohortRunBy(deps.stores, viewer, cohortId);
  const [learners, assignments, sessions, bands, history] = await Promise.all([
    deps.stores.cohorts.learners(cohortId),
    deps.stores.assignments.forCohort(cohortId),
    deps.stores.scores.cohortSessions(cohortId),
    deps.stores.scores.cohortItemBands(cohortId),
    deps.stores.scores.cohortSkillHistory(cohortId),
  ]);
  await recordRead(deps, {
    actorId: viewer.id,
    action: 'cohort_viewed',
    subjectUserId: null,
    targetId: cohortId,
  });
  const sessionsOf = new Map<string, CohortSessionRow[]>();
  for (const s of sessions) {
    const own = sessionsOf.get(s.userId);
    if (own) own.push(s);
    else sessionsOf.set(s.userId, [s]);
  }
  const items = itemDistributions(bands, deps.rubrics);
  return {
    cohort: { id: cohort.id, name: cohort.name },
    learners: learners.length,
    completion: completion(
      assignments,
      learners.map((l) => sessionsOf.get(l.id) ?? []),
      deps.clock.now().toISOString(),
    ),
    items,
    hardest: [...items].sort((a, b) => a.mean - b.mean || b.sessions - a.sessions).slice(0, HARDEST),
    skillsOverTime: skillsByWeek(history),
    learnerSummaries: learners.map((learner) => {
      const own = sessionsOf.get(learner.id) ?? [];
      const graded = own.filter((s) => s.status === 'ended' && s.leftReason === null);
      return {
        id: learner.id,
        name: learner.name,
        completed: graded.length,
        started: own.length,
        lastActiveAt: learner.lastActiveAt,
        trajectory: graded.map((s) => ({
          sessionId: s.id,
          scenarioId: s.scenarioId,
          at: s.endedAt ?? s.createdAt,
          score: s.meanOverall === null ? null : round(s.meanOverall),
        })),
      };
    }),
  };
}

function completion(
  assignments: readonly AssignmentRow[],
  learnerSessions: readonly (readonly CohortSessionRow[])[],
  now: string,
): CohortOverviewDto['completion'] {
  let done = 0;
  const rows = assignments.map((assignment) => {
    const counts = { completed: 0, inProgress: 0, overdue: 0, notStarted: 0 };
    for (const sessions of learnerSessions) {
      const { status } = assignmentStatus(assignment, sessions, now);
      if (status === 'completed') counts.completed++;
      else if (status === 'in_progress') counts.inProgress++;
      else if (status === 'overdue') counts.overdue++;
      else counts.notStarted++;
    }
    done += counts.completed;
    return {
      id: assignment.id,
      scenarioId: assignment.scenarioId,
      difficulty: assignment.difficulty,
      dueAt: assignment.dueAt,
      ...counts,
      share: learnerSessions.length > 0 ? round(counts.completed / learnerSessions.length) : null,
    };
  });
  const pairs = assignments.length * learnerSessions.length;
  return { overall: pairs > 0 ? round(done / pairs) : null, assignments: rows };
}

/** Per item, its sessions per score band and mean, in the loaded rubrics' order (items no longer in them last). */
function itemDistributions(bands: readonly ItemBandRow[], rubrics: readonly Rubric[]): ItemDistributionDto[] {
  const byItem = new Map<string, ItemDistributionDto & { sum: number }>();
  for (const row of bands) {
    const key = `${row.rubricId}/${row.itemId}`;
    let item = byItem.get(key);
    if (!item) {
      const rubric = rubrics.find((r) => r.id === row.rubricId);
      item = {
        rubricId: row.rubricId,
        rubricTitle: rubric?.title ?? null,
        itemId: row.itemId,
        title: rubric?.items.find((i) => i.id === row.itemId)?.title ?? null,
        sessions: 0,
        mean: 0,
        bands: [0, 0, 0, 0, 0],
        sum: 0,
      };
      byItem.set(key, item);
    }
    item.sessions += row.sessions;
    item.sum += row.scoreSum;
    const band = Math.min(4, Math.max(0, row.band)) as 0 | 1 | 2 | 3 | 4;
    item.bands[band] += row.sessions;
  }
  const order = new Map<string, number>(
    rubrics.flatMap((r, ri) => r.items.map((i, ii) => [`${r.id}/${i.id}`, ri * 1000 + ii] as const)),
  );
  return [...byItem.entries()]
    .sort(
      ([a], [b]) =>
        (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER) ||
        a.localeCompare(b),
    )
    .map(([, { sum, ...item }]) => ({ ...item, mean: round(item.sessions > 0 ? sum / item.sessions : 0) }));
}

/** The Monday (UTC) of the week an ISO time falls in, as a date. */
export function weekOf(iso: string): string {
  const day = new Date(iso);
  day.setUTCHours(0, 0, 0, 0);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

/** Per week and skill, the mean over learners of each one's last rating that week. */
function skillsByWeek(
  history: readonly { userId: string; skill: string; rating: number; at: string }[],
): CohortOverviewDto['skillsOverTime'] {
  // Oldest first, so the last write per learner, week and skill is their rating at the end of that week.
  const last = new Map<string, Map<string, Map<string, number>>>();
  for (const change of history) {
    const week = weekOf(change.at);
    const skills = last.get(week) ?? new Map<string, Map<string, number>>();
    last.set(week, skills);
    const learners = skills.get(change.skill) ?? new Map<string, number>();
    skills.set(change.skill, learners);
    learners.set(change.userId, change.rating);
  }
  return [...last.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([week, skills]) => ({
      week,
      skills: Object.fromEntries(
        [...skills.entries()].map(([skill, learners]) => {
          const ratings = [...learners.values()];
          return [
            skill,
            { mean: round(ratings.reduce((a, b) => a + b, 0) / ratings.length), learners: ratings.length },
          ];
        }),
      ),
    }));
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
