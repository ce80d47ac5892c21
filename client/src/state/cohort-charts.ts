// A cohort's overview shaped for its charts and their tables: score distributions stacked per rubric item, skill
// ratings per week on the 0-100 scale, and each learner's trajectory. No React here.

import { ratingOutOf100, type Skill } from '../../../server/protocol.ts';
import type { CohortOverviewDto, ItemDistributionDto } from '../api/instruction-wire.ts';
import { SKILL_ORDER } from './progress.ts';

/** The five score bands of a distribution, lowest first, as the server counts them (fifths of the score range). */
export const BAND_LABELS = ['0–19%', '20–39%', '40–59%', '60–79%', '80–100%'] as const;

export interface RubricDistribution {
  rubricId: string;
  label: string;
  items: ItemDistributionDto[];
  /** x values: each item's number within the rubric, from 1. */
  x: number[];
  /**
   * For stacking: `upTo[b][i]` is the share of item i's sessions scoring in band b or below. Drawn from the top band
   * down, each bar covers the one before it, leaving each band's own height visible.
   */
  upTo: number[][];
}

/** The items of an overview grouped by rubric, in the server's order, with their stacked shares. */
export function rubricDistributions(items: readonly ItemDistributionDto[]): RubricDistribution[] {
  const groups = new Map<string, ItemDistributionDto[]>();
  for (const item of items) groups.set(item.rubricId, [...(groups.get(item.rubricId) ?? []), item]);
  return [...groups].map(([rubricId, group]) => ({
    rubricId,
    label: rubricHeading(group[0] ?? { rubricId, rubricTitle: null }),
    items: group,
    x: group.map((_, i) => i + 1),
    upTo: BAND_LABELS.map((_, band) =>
      group.map((item) => {
        if (item.sessions === 0) return 0;
        const below = item.bands.slice(0, band + 1).reduce((sum, n) => sum + n, 0);
        return below / item.sessions;
      }),
    ),
  }));
}

/** An item's rubric as a heading: its title as the server gives it, else a name made from its id. */
export function rubricHeading(item: Pick<ItemDistributionDto, 'rubricId' | 'rubricTitle'>): string {
  // An older server sends no title, and a rubric no longer loaded has none: its id is all there is.
  return item.rubricTitle ?? rubricLabel(item.rubricId);
}

/** A rubric's id as a heading, when its title is unknown: short ids are acronyms, like SPIKES. */
export function rubricLabel(rubricId: string): string {
  if (/^[a-z]{3,6}$/.test(rubricId)) return rubricId.toUpperCase();
  const words = rubricId.split(/[-_]+/).filter(Boolean).join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface SkillsOverTime {
  /** x values: each week's Monday, in seconds since 1970 (uPlot's time scale). */
  weeks: number[];
  /** The week labels as the server gives them (YYYY-MM-DD). */
  weekLabels: string[];
  /** One line per skill seen, in the usual skill order; a value per week on 0-100, null where none was rated. */
  lines: { skill: Skill; values: (number | null)[]; learners: (number | null)[] }[];
}

export function skillsOverTime(weeks: CohortOverviewDto['skillsOverTime']): SkillsOverTime {
  const sorted = [...weeks].sort((a, b) => a.week.localeCompare(b.week));
  const seen = SKILL_ORDER.filter((skill) => sorted.some((w) => w.skills[skill] !== undefined));
  return {
    weeks: sorted.map((w) => Date.parse(`${w.week.slice(0, 10)}T00:00:00Z`) / 1000),
    weekLabels: sorted.map((w) => w.week.slice(0, 10)),
    lines: seen.map((skill) => ({
      skill,
      values: sorted.map((w) => {
        const entry = w.skills[skill];
        return entry === undefined ? null : ratingOutOf100(entry.mean);
      }),
      learners: sorted.map((w) => w.skills[skill]?.learners ?? null),
    })),
  };
}

type Trajectory = CohortOverviewDto['learnerSummaries'][number]['trajectory'];

/** A learner's graded sessions as points of a small line, oldest first: x from 0 to `width`, y from `height` (0%) up. */
export function trajectoryPoints(
  trajectory: Trajectory,
  width: number,
  height: number,
): { x: number; y: number; score: number }[] {
  const scored = trajectory.filter((t): t is Trajectory[number] & { score: number } => t.score !== null);
  const step = scored.length > 1 ? width / (scored.length - 1) : 0;
  return scored.map((t, i) => ({
    x: scored.length > 1 ? i * step : width / 2,
    y: height - Math.min(1, Math.max(0, t.score)) * height,
    score: t.score,
  }));
}
