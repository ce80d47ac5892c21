// A cohort's learners: sessions completed and started, last activity, the trajectory of their scores, and their
// sessions, each opening in the replay.

import { useId, useState } from 'react';
import type { SessionDto } from '../../../server/protocol.ts';
import type { CohortLearnerDto, CohortOverviewDto } from '../api/instruction-wire.ts';
import { useBedside } from '../components/bedside-context.ts';
import { useCohorts } from '../components/cohort-context.ts';
import { trajectoryPoints } from '../state/cohort-charts.ts';
import { formatPercent } from '../state/feedback.ts';

type Summary = CohortOverviewDto['learnerSummaries'][number];

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface Props {
  cohortId: string;
  learners: readonly CohortLearnerDto[];
  /** From the overview, when it is available: started sessions and score trajectories. */
  summaries: readonly Summary[] | null;
}

export function LearnerList({ cohortId, learners, summaries }: Props) {
  if (learners.length === 0) {
    return <p className="muted">No learners yet: they join with the invite code above.</p>;
  }
  return (
    <ul className="learner-list" data-testid="learner-list">
      {learners.map((learner) => (
        <LearnerRow
          key={learner.id}
          cohortId={cohortId}
          learner={learner}
          summary={summaries?.find((s) => s.id === learner.id) ?? null}
        />
      ))}
    </ul>
  );
}

function LearnerRow({
  cohortId,
  learner,
  summary,
}: {
  cohortId: string;
  learner: CohortLearnerDto;
  summary: Summary | null;
}) {
  const sessions = useCohorts((s) => s.cohort?.sessions[learner.id]);
  const showLearnerSessions = useCohorts((s) => s.showLearnerSessions);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const lastActive = summary?.lastActiveAt ?? learner.lastActiveAt;
  const toggle = () => {
    setOpen(!open);
    if (!open) void showLearnerSessions(learner.id);
  };
  return (
    <li className="learner-row" data-testid={`learner-${learner.id}`}>
      <div className="learner-head">
        <span className="session-title">{learner.name}</span>
        <span className="muted small">
          {summary
            ? `${summary.completed} completed of ${summary.started} started`
            : `${learner.sessions} completed`}
          {' · '}
          {lastActive ? `last active ${dateFormat.format(new Date(lastActive))}` : 'not started yet'}
        </span>
      </div>
      {summary && <Trajectory name={learner.name} trajectory={summary.trajectory} />}
      <button
        type="button"
        className="button-quiet"
        aria-expanded={open}
        aria-controls={listId}
        onClick={toggle}
        data-testid="learner-sessions-toggle"
      >
        {open ? 'Hide sessions' : 'Sessions'}
        <span className="visually-hidden"> of {learner.name}</span>
      </button>
      {open && (
        <div id={listId} className="learner-sessions">
          {sessions === undefined ? (
            <p className="muted small">Loading sessions…</p>
          ) : (
            <SessionRows cohortId={cohortId} learnerId={learner.id} sessions={sessions} />
          )}
        </div>
      )}
    </li>
  );
}

/** The learner's scores over their graded sessions, as a small line, with the first and latest in words. */
function Trajectory({ name, trajectory }: { name: string; trajectory: Summary['trajectory'] }) {
  const width = 120;
  const height = 32;
  const points = trajectoryPoints(trajectory, width, height);
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return <span className="muted small trajectory">No graded sessions yet</span>;
  const label =
    points.length === 1
      ? `${name}: one graded session, ${formatPercent(last.score)}`
      : `${name}: ${points.length} graded sessions, from ${formatPercent(first.score)} to ${formatPercent(last.score)}`;
  return (
    <span className="trajectory" data-testid="trajectory">
      <svg
        viewBox={`-3 -3 ${width + 6} ${height + 6}`}
        width={width + 6}
        height={height + 6}
        role="img"
        aria-label={label}
      >
        <line className="trajectory-mid" x1={0} x2={width} y1={height / 2} y2={height / 2} />
        {points.length > 1 && (
          <polyline className="trajectory-line" points={points.map((p) => `${p.x},${p.y}`).join(' ')} />
        )}
        {points.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: one dot per graded session, in order.
          <circle key={i} className="trajectory-dot" cx={p.x} cy={p.y} r={2.5} />
        ))}
      </svg>
      <span className="small">{formatPercent(last.score)}</span>
    </span>
  );
}

function SessionRows({
  cohortId,
  learnerId,
  sessions,
}: {
  cohortId: string;
  learnerId: string;
  sessions: readonly SessionDto[];
}) {
  const scenarios = useBedside((s) => s.scenarios);
  const open = useBedside((s) => s.openInstructorPage);
  if (sessions.length === 0) return <p className="muted small">No sessions yet.</p>;
  const sorted = [...sessions].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <ul className="session-list">
      {sorted.map((session) => {
        const title = scenarios.find((s) => s.id === session.scenarioId)?.title ?? session.scenarioId;
        const state = session.status === 'active' ? 'Active' : session.left ? 'Left' : 'Ended';
        return (
          <li key={session.id} className="session-row" data-testid={`learner-session-${session.id}`}>
            <span className="session-title">{title}</span>
            <span className="muted small">
              Level {session.difficulty} · {dateFormat.format(new Date(session.createdAt))}
            </span>
            <span className={`status status-${state.toLowerCase()}`}>{state}</span>
            <button
              type="button"
              className="button-quiet"
              disabled={session.status === 'active'}
              onClick={() => open({ name: 'replay', cohortId, learnerId, sessionId: session.id })}
              data-testid="replay-session"
            >
              Replay<span className="visually-hidden">: {title}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
