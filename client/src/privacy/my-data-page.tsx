// The signed-in person's own data: download all of it as JSON, or delete the account after a confirmation that says
// what goes, what cohorts keep, and asks for the password.

import { useEffect, useId, useRef, useState } from 'react';
import { MY_DATA_EXPORT_PATH } from '../api/privacy-api.ts';
import { useBedside } from '../components/bedside-context.ts';
import { usePrivacy } from '../components/privacy-context.ts';
import './privacy.css';

export function MyDataPage() {
  const backToLobby = useBedside((s) => s.backToLobby);
  const pending = useBedside((s) => s.pending);
  return (
    <div className="privacy-page" data-testid="my-data-page">
      <div>
        <button type="button" className="button-link" onClick={() => void backToLobby()} disabled={pending}>
          ← Back to practice
        </button>
      </div>
      <h1>My data</h1>
      <section className="card" aria-labelledby="download-title">
        <h2 id="download-title">Download my data</h2>
        <p>
          One JSON file with everything Bedside holds about you: your account (never your password), every
          session with its transcript, report, and your instructors’ comments and reviews, your skill ratings
          with their history, and the cohorts you joined.
        </p>
        <a
          className="button-primary privacy-download"
          href={MY_DATA_EXPORT_PATH}
          download="bedside-my-data.json"
          data-testid="download-my-data"
        >
          Download my data
        </a>
      </section>
      <DeleteAccount />
    </div>
  );
}

function DeleteAccount() {
  const [asking, setAsking] = useState(false);
  const clearDeleteError = usePrivacy((s) => s.clearDeleteError);
  return (
    <section className="card privacy-delete" aria-labelledby="delete-title">
      <h2 id="delete-title">Delete my account</h2>
      <p>Your account and your practice are deleted for good. This cannot be undone.</p>
      {asking ? (
        <DeleteConfirm
          onCancel={() => {
            clearDeleteError();
            setAsking(false);
          }}
        />
      ) : (
        <button
          type="button"
          className="button-danger"
          onClick={() => setAsking(true)}
          data-testid="delete-start"
        >
          Delete my account…
        </button>
      )}
    </section>
  );
}

/** The confirmation: what goes and what stays, the password, and why the server refused, if it did. */
export function DeleteConfirm({ onCancel }: { onCancel(): void }) {
  const deleteAccount = usePrivacy((s) => s.deleteAccount);
  const deleting = usePrivacy((s) => s.deleting);
  const error = usePrivacy((s) => s.deleteError);
  const [password, setPassword] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const ids = useId();
  // The form opens on the password: the one thing it needs before anything is deleted.
  useEffect(() => field.current?.focus(), []);
  return (
    <form
      className="privacy-confirm"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-what`}
      data-testid="delete-confirm"
      onSubmit={(e) => {
        e.preventDefault();
        void deleteAccount(password).then((deleted) => {
          if (!deleted) field.current?.select();
        });
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <h3 id={`${ids}-title`}>Delete your account for good?</h3>
      <div id={`${ids}-what`} className="privacy-what">
        <p>
          <strong>Deleted at once:</strong> your account and sign-ins, every session with its transcript and
          report, comments and reviews on your sessions, your skill ratings and their history, and your cohort
          memberships. You will not be able to sign in again.
        </p>
        <p>
          <strong>What your cohorts keep:</strong> anonymised totals only. Your scores are added to each
          rubric item’s count of sessions per score band, with no name, session or date. Your instructors no
          longer see you in their lists, trajectories or exports.
        </p>
        <p className="muted small">
          The audit log keeps its record that your data was read, and that this account was deleted, by
          account id only. Comments and reviews you wrote on other people’s sessions stay, without your name.
          Download your data first if you want a copy.
        </p>
      </div>
      <label className="field" htmlFor={`${ids}-password`}>
        <span>Your password</span>
        <input
          id={`${ids}-password`}
          ref={field}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={error !== null}
          aria-describedby={error === null ? undefined : `${ids}-error`}
          data-testid="delete-password"
        />
      </label>
      <p id={`${ids}-error`} className="privacy-error" role="alert" data-testid="delete-error">
        {error}
      </p>
      <div className="actions">
        <button
          type="submit"
          className="button-danger"
          disabled={deleting || password.length === 0}
          data-testid="delete-confirm-button"
        >
          {deleting ? 'Deleting…' : 'Delete my account'}
        </button>
        <button type="button" onClick={onCancel} disabled={deleting} data-testid="delete-cancel">
          Keep my account
        </button>
      </div>
    </form>
  );
}
