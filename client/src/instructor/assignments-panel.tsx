// A cohort's assignments: each with how far its learners have got, and a form to set another (scenario, level and
// due date).

import { type FormEvent, useId, useState } from 'react';
import type { Level } from '../api/cohort-api.ts';
import type { AssignmentDto, CohortOverviewDto } from '../api/instruction-wire.ts';
import { useBedside } from '../components/bedside-context.ts';
import { useCohorts } from '../components/cohort-context.ts';
import { formatPercent } from '../state/feedback.ts';

type Completion = CohortOverviewDto['completion']['assignments'][number];

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

interface Props {
  assignments: readonly AssignmentDto[];
  /** Per assignment, how many learners completed it and so on; null without the overview. */
  completion: readonly Completion[] | null;
}

export function AssignmentsPanel({ assignments, completion }: Props) {
  const scenarios = useBedside((s) => s.scenarios);
  const titleOf = (id: string) => scenarios.find((s) => s.id === id)?.title ?? id;
  return (
    <section className="card" aria-labelledby="cohort-assignments-title" data-testid="cohort-assignments">
      <h2 id="cohort-assignments-title">Assignments</h2>
      {assignments.length === 0 ? (
        <p className="muted">Nothing assigned yet.</p>
      ) : (
        <ul className="assignment-list">
          {assignments.map((a) => {
            const done = completion?.find((c) => c.id === a.id);
            return (
              <li key={a.id} className="cohort-assignment" data-testid={`cohort-assignment-${a.id}`}>
                <div>
                  <span className="session-title">{titleOf(a.scenarioId)}</span>
                  <span className="muted small assignment-meta">
                    {a.difficulty === null ? 'Any level' : `Level ${a.difficulty}`}
                    {a.dueAt === null ? '' : ` · Due ${dateFormat.format(new Date(a.dueAt))}`}
                  </span>
                </div>
                {done && <CompletionCounts completion={done} />}
              </li>
            );
          })}
        </ul>
      )}
      <AssignmentForm />
    </section>
  );
}

function CompletionCounts({ completion }: { completion: Completion }) {
  const { completed, inProgress, overdue, notStarted, share } = completion;
  return (
    <div className="completion">
      {share !== null && (
        <meter
          className="bar"
          min={0}
          max={1}
          value={share}
          aria-label={`Completed by ${formatPercent(share)} of learners`}
        />
      )}
      <span className="small muted">
        {completed} completed · {inProgress} in progress · {overdue} overdue · {notStarted} not started
      </span>
    </div>
  );
}

function AssignmentForm() {
  const scenarios = useBedside((s) => s.scenarios);
  const createAssignment = useCohorts((s) => s.createAssignment);
  const busy = useCohorts((s) => s.busy);
  const [scenarioId, setScenarioId] = useState('');
  const [level, setLevel] = useState('');
  const [due, setDue] = useState('');
  const ids = { scenario: useId(), level: useId(), due: useId() };
  const scenario = scenarios.find((s) => s.id === scenarioId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!scenario) return;
    const ok = await createAssignment({
      scenarioId: scenario.id,
      ...(level === '' ? {} : { difficulty: Number(level) as Level }),
      // The end of the chosen day where the instructor is.
      ...(due === '' ? {} : { dueAt: new Date(`${due}T23:59:59`).toISOString() }),
    });
    if (ok) {
      setScenarioId('');
      setLevel('');
      setDue('');
    }
  };

  return (
    <form className="assignment-form" onSubmit={(e) => void submit(e)} data-testid="assignment-form">
      <h3>Assign a scenario</h3>
      <div className="form-row">
        <label className="field" htmlFor={ids.scenario}>
          <span>Scenario</span>
          <select
            id={ids.scenario}
            value={scenarioId}
            onChange={(e) => {
              setScenarioId(e.target.value);
              setLevel('');
            }}
            required
            data-testid="assignment-scenario"
          >
            <option value="">Choose…</option>
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
        <label className="field" htmlFor={ids.level}>
          <span>Level</span>
          <select
            id={ids.level}
            value={level}
            onChange={(e) => setLevel(e.target.value)}
            data-testid="assignment-level"
          >
            <option value="">Learner’s choice</option>
            {(scenario?.difficulty.levels ?? []).map((l) => (
              <option key={l.level} value={l.level}>
                {l.level} · {l.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field" htmlFor={ids.due}>
          <span>Due (optional)</span>
          <input
            id={ids.due}
            type="date"
            value={due}
            onChange={(e) => setDue(e.target.value)}
            data-testid="assignment-due"
          />
        </label>
      </div>
      <button type="submit" className="button-primary" disabled={busy || !scenario}>
        Assign
      </button>
    </form>
  );
}
