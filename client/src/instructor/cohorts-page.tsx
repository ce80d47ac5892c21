// The instructor's cohorts: each with its invite code and a way in, a form to make one, and how often reviewers
// across this deployment agree with the automatic grader.

import { type FormEvent, useId, useState } from 'react';
import type { GraderAgreementDto } from '../api/instruction-wire.ts';
import { useBedside } from '../components/bedside-context.ts';
import { useCohorts } from '../components/cohort-context.ts';
import { formatPercent } from '../state/feedback.ts';
import { InviteCode } from './invite-code.tsx';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function CohortsPage() {
  const cohorts = useCohorts((s) => s.cohorts);
  const agreement = useCohorts((s) => s.agreement);
  const open = useBedside((s) => s.openInstructorPage);
  return (
    <div className="instructor-page" data-testid="cohorts-page">
      <h1>Cohorts</h1>
      <CreateCohortForm />
      {cohorts === null ? (
        <p className="muted">Loading your cohorts…</p>
      ) : cohorts.length === 0 ? (
        <p className="muted">No cohorts yet. Create one, then give its invite code to your learners.</p>
      ) : (
        <ul className="cohort-list" aria-label="Your cohorts">
          {cohorts.map((cohort) => (
            <li key={cohort.id} className="card cohort-row" data-testid={`cohort-${cohort.id}`}>
              <div>
                <h2>{cohort.name}</h2>
                <p className="muted small">Created {dateFormat.format(new Date(cohort.createdAt))}</p>
              </div>
              <InviteCode code={cohort.inviteCode} cohortName={cohort.name} />
              <button
                type="button"
                className="button-primary"
                onClick={() => open({ name: 'cohort', cohortId: cohort.id })}
              >
                Open<span className="visually-hidden"> {cohort.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {agreement && agreement.reviewed > 0 && <GraderAgreement agreement={agreement} />}
    </div>
  );
}

function CreateCohortForm() {
  const createCohort = useCohorts((s) => s.createCohort);
  const busy = useCohorts((s) => s.busy);
  const flash = useCohorts((s) => s.flash);
  const [name, setName] = useState('');
  const inputId = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() !== '' && (await createCohort(name))) setName('');
  };
  return (
    <form className="card create-cohort" onSubmit={(e) => void submit(e)} data-testid="create-cohort">
      <label htmlFor={inputId} className="field-label">
        New cohort
      </label>
      <div className="inline-form">
        <input
          id={inputId}
          value={name}
          maxLength={100}
          placeholder="e.g. Foundation year, spring rotation"
          onChange={(e) => setName(e.target.value)}
          data-testid="cohort-name-input"
        />
        <button type="submit" className="button-primary" disabled={busy || name.trim() === ''}>
          Create
        </button>
      </div>
      <p role="status" className="small" data-testid="create-cohort-status">
        {flash}
      </p>
    </form>
  );
}

/** Per rubric item, how many automatic scores reviewers checked and how often they agreed. */
function GraderAgreement({ agreement }: { agreement: GraderAgreementDto }) {
  return (
    <section className="card" aria-labelledby="agreement-title" data-testid="grader-agreement">
      <h2 id="agreement-title">How often reviewers agree with the grader</h2>
      <p className="muted small">
        {agreement.reviewed} {agreement.reviewed === 1 ? 'score' : 'scores'} reviewed on this server
        {agreement.agreedShare === null ? '' : `, ${formatPercent(agreement.agreedShare)} agreed with`}. Each
        review adds to a labelled set for checking the grader.
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Reviewed</th>
              <th scope="col">Agreed</th>
            </tr>
          </thead>
          <tbody>
            {agreement.items.map((item) => (
              <tr key={`${item.rubricId}:${item.itemId}`}>
                <th scope="row">{item.title ?? `${item.rubricId} · ${item.itemId}`}</th>
                <td>{item.reviewed}</td>
                <td>{formatPercent(item.agreedShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
