// The learner's cohorts in the lobby: what their instructors assigned, with where they stand, and joining a cohort
// with the invite code an instructor gave them.

import { type FormEvent, useId, useState } from 'react';
import type { Difficulty } from '../api/api-client.ts';
import type { AssignmentStatus, LearnerAssignmentDto } from '../api/instruction-wire.ts';
import { useBedside } from './bedside-context.ts';
import { useCohorts } from './cohort-context.ts';

export function CohortPanel() {
  const assignments = useCohorts((s) => s.assignments);
  const joined = useCohorts((s) => s.joined);
  return (
    <section className="lobby-cohorts" aria-labelledby="assignments-title" data-testid="cohort-panel">
      <div className="card">
        <h2 id="assignments-title">Assigned to you</h2>
        {assignments.length === 0 ? (
          <p className="muted" data-testid="no-assignments">
            {joined.length === 0
              ? 'Join your course’s cohort to see what your instructor assigns.'
              : 'Nothing assigned yet.'}
          </p>
        ) : (
          <AssignmentList assignments={assignments} />
        )}
      </div>
      <JoinCohortCard cohorts={joined.map((c) => c.name)} />
    </section>
  );
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export const ASSIGNMENT_STATUS_LABELS: Record<AssignmentStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  completed: 'Completed',
  overdue: 'Overdue',
};

/** The learner's assignments, oldest first, each with its status and a way to start it at its level. */
export function AssignmentList({ assignments }: { assignments: readonly LearnerAssignmentDto[] }) {
  const openPrebrief = useBedside((s) => s.openPrebrief);
  return (
    <ul className="assignment-list" data-testid="assignment-list">
      {assignments.map((a) => {
        const title = a.scenarioTitle ?? a.scenarioId;
        return (
          <li key={a.id} className="assignment-row" data-testid={`assignment-${a.id}`}>
            <div>
              <span className="session-title">{title}</span>
              <span className="muted small assignment-meta">
                {a.cohortName}
                {a.difficulty === null ? '' : ` · Level ${a.difficulty}`}
                {a.dueAt === null ? '' : ` · Due ${dateFormat.format(new Date(a.dueAt))}`}
              </span>
            </div>
            <span className={`status status-${a.status}`} data-testid="assignment-status">
              {ASSIGNMENT_STATUS_LABELS[a.status]}
            </span>
            <button
              type="button"
              className="button-quiet"
              onClick={() =>
                openPrebrief(a.scenarioId, (a.difficulty ?? undefined) as Difficulty | undefined)
              }
            >
              {a.status === 'completed' ? 'Practise again' : 'Start'}
              <span className="visually-hidden">: {title}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/** Joins a cohort with its invite code; names the cohorts already joined. */
function JoinCohortCard({ cohorts }: { cohorts: readonly string[] }) {
  const joinCohort = useCohorts((s) => s.joinCohort);
  const busy = useCohorts((s) => s.busy);
  const flash = useCohorts((s) => s.flash);
  const [code, setCode] = useState('');
  const inputId = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (code.trim() === '') return;
    if (await joinCohort(code)) setCode('');
  };
  return (
    <form className="card join-cohort" onSubmit={(e) => void submit(e)} data-testid="join-cohort">
      <h2>
        <label htmlFor={inputId}>Join a cohort</label>
      </h2>
      <p className="muted small">Enter the invite code your instructor gave you.</p>
      <div className="inline-form">
        <input
          id={inputId}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
          data-testid="invite-code-input"
        />
        <button type="submit" className="button-primary" disabled={busy || code.trim() === ''}>
          Join
        </button>
      </div>
      <p role="status" className="small" data-testid="join-status">
        {flash}
      </p>
      {cohorts.length > 0 && <p className="muted small">Your cohorts: {cohorts.join(', ')}</p>}
    </form>
  );
}
