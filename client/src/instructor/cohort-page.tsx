// One cohort's overview for its instructors: the invite code and export, completion of its assignments, how scores
// spread per rubric item and which items are hardest, skill ratings over time, and each learner's progress.

import { useMemo } from 'react';
import { exportCsvPath } from '../api/cohort-api.ts';
import type { CohortOverviewDto } from '../api/instruction-wire.ts';
import { useBedside } from '../components/bedside-context.ts';
import { useCohorts } from '../components/cohort-context.ts';
import { rubricDistributions, rubricHeading, skillsOverTime } from '../state/cohort-charts.ts';
import { formatPercent } from '../state/feedback.ts';
import { AssignmentsPanel } from './assignments-panel.tsx';
import { DistributionChart, plural } from './distribution-chart.tsx';
import { InviteCode } from './invite-code.tsx';
import { LearnerList } from './learner-list.tsx';
import { SkillsChart } from './skills-chart.tsx';

export function CohortPage() {
  const cohort = useCohorts((s) => s.cohort);
  const open = useBedside((s) => s.openInstructorPage);
  if (!cohort?.detail) return <p className="muted">Loading the cohort…</p>;
  const { detail, overview } = cohort;
  const ready = overview.status === 'ready' ? overview.value : null;

  return (
    <div className="instructor-page" data-testid="cohort-page">
      <div className="conversation-head">
        <div>
          <p className="eyebrow">Cohort</p>
          <h1>{detail.cohort.name}</h1>
          <p className="muted small">
            Run by {detail.cohort.instructors.map((i) => i.name).join(', ') || 'nobody yet'}
          </p>
        </div>
        <button type="button" className="button-quiet" onClick={() => open({ name: 'cohorts' })}>
          All cohorts
        </button>
      </div>
      <div className="card cohort-tools">
        <InviteCode code={detail.cohort.inviteCode} cohortName={detail.cohort.name} />
        <a className="button-link" href={exportCsvPath(cohort.id)} download data-testid="export-csv">
          Download results (CSV)
        </a>
      </div>
      <Headline learners={detail.learners.length} overview={ready} />
      {overview.status === 'unavailable' && (
        <p className="banner banner-notice" data-testid="overview-unavailable">
          {overview.message}
        </p>
      )}
      <AssignmentsPanel assignments={cohort.assignments} completion={ready?.completion.assignments ?? null} />
      {overview.status === 'loading' && <p className="muted">Loading the overview…</p>}
      {ready && <Scores overview={ready} />}
      {ready && (
        <section className="card" aria-labelledby="skills-title">
          <h2 id="skills-title">Skill ratings over time</h2>
          <p className="muted small">
            Each week, the mean of every rated learner’s latest rating (out of 100).
          </p>
          <SkillsOverTimeChart weeks={ready.skillsOverTime} />
        </section>
      )}
      <section className="card" aria-labelledby="learners-title">
        <h2 id="learners-title">Learners</h2>
        <LearnerList
          cohortId={cohort.id}
          learners={detail.learners}
          summaries={ready?.learnerSummaries ?? null}
        />
      </section>
    </div>
  );
}

function Headline({ learners, overview }: { learners: number; overview: CohortOverviewDto | null }) {
  const completed = overview?.learnerSummaries.reduce((n, l) => n + l.completed, 0);
  return (
    <dl className="headline" data-testid="cohort-headline">
      <div className="card">
        <dt>Learners</dt>
        <dd>{learners}</dd>
      </div>
      <div className="card">
        <dt>Assignments completed</dt>
        <dd data-testid="completion-overall">
          {overview?.completion.overall == null ? '–' : formatPercent(overview.completion.overall)}
        </dd>
      </div>
      <div className="card">
        <dt>Graded sessions</dt>
        <dd>{completed ?? '–'}</dd>
      </div>
    </dl>
  );
}

function Scores({ overview }: { overview: CohortOverviewDto }) {
  const rubrics = useMemo(() => rubricDistributions(overview.items), [overview.items]);
  return (
    <section className="cohort-scores" aria-labelledby="scores-title">
      <h2 id="scores-title">Scores per rubric item</h2>
      {rubrics.length === 0 ? (
        <p className="muted">No graded sessions yet.</p>
      ) : (
        <>
          <HardestItems items={overview.hardest} />
          <div className="chart-grid">
            {rubrics.map((rubric) => (
              <DistributionChart key={rubric.rubricId} rubric={rubric} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}

function HardestItems({ items }: { items: CohortOverviewDto['hardest'] }) {
  if (items.length === 0) return null;
  return (
    <div className="card" data-testid="hardest-items">
      <h3>What the cohort finds hardest</h3>
      <ol className="hardest-list">
        {items.map((item) => (
          <li key={`${item.rubricId}:${item.itemId}`}>
            <span>
              {item.title ?? item.itemId} <span className="muted small">({rubricHeading(item)})</span>
            </span>
            <meter
              className="bar"
              min={0}
              max={1}
              value={item.mean}
              aria-label={`${item.title ?? item.itemId}: mean ${formatPercent(item.mean)}`}
            />
            <span className="small">
              {formatPercent(item.mean)} mean · {item.sessions} {plural(item.sessions, 'session')}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

function SkillsOverTimeChart({ weeks }: { weeks: CohortOverviewDto['skillsOverTime'] }) {
  const chart = useMemo(() => skillsOverTime(weeks), [weeks]);
  return <SkillsChart chart={chart} />;
}
