// The admin's audit log: who read, commented on, reviewed or exported whose data, and which accounts were deleted,
// newest first, a page at a time.

import type { AuditEventDto } from '../api/privacy-api.ts';
import { usePrivacy } from '../components/privacy-context.ts';
import { AUDIT_ACTION_WORDS, auditPerson, auditSubject, auditTargetKind } from '../state/audit-wording.ts';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

export function AuditPage() {
  const audit = usePrivacy((s) => s.audit);
  const loading = usePrivacy((s) => s.auditLoading);
  const older = usePrivacy((s) => s.olderAudit);
  const newer = usePrivacy((s) => s.newerAudit);
  return (
    <div className="instructor-page" data-testid="audit-page">
      <h1>Audit log</h1>
      <p className="muted">
        Every time someone opens, comments on, reviews or exports another person’s data, and every account
        deleted by its owner. Newest first; a deleted account keeps its id here, without its name.
      </p>
      {audit === null ? (
        <p className="muted">Loading the log…</p>
      ) : audit.events.length === 0 ? (
        <p className="card muted">Nothing has been recorded yet.</p>
      ) : (
        <div className="card table-scroll">
          <table className="data-table audit-table" data-testid="audit-table">
            <caption className="visually-hidden">
              Audit log, page {audit.newer.length + 1}, newest first
            </caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Whose</th>
                <th scope="col">Target</th>
              </tr>
            </thead>
            <tbody>
              {audit.events.map((event) => (
                <AuditRow key={event.id} event={event} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {audit !== null && (audit.newer.length > 0 || audit.older !== null) && (
        <nav className="audit-paging" aria-label="Audit log pages">
          <button
            type="button"
            disabled={loading || audit.newer.length === 0}
            onClick={() => void newer()}
            data-testid="audit-newer"
          >
            Newer
          </button>
          <span className="muted small">Page {audit.newer.length + 1}</span>
          <button
            type="button"
            disabled={loading || audit.older === null}
            onClick={() => void older()}
            data-testid="audit-older"
          >
            Older
          </button>
        </nav>
      )}
    </div>
  );
}

function AuditRow({ event }: { event: AuditEventDto }) {
  return (
    <tr data-testid="audit-row">
      <th scope="row">
        <time dateTime={event.at}>{timeFormat.format(new Date(event.at))}</time>
      </th>
      <td>
        <Person name={auditPerson(event.actor)} id={event.actor.id} gone={event.actor.name === null} />
      </td>
      <td>{AUDIT_ACTION_WORDS[event.action]}</td>
      <td>
        {event.subject === null ? (
          <span className="muted">{auditSubject(event)}</span>
        ) : (
          <Person name={auditSubject(event)} id={event.subject.id} gone={event.subject.name === null} />
        )}
      </td>
      <td>
        <span className="muted small">{auditTargetKind(event.action)} </span>
        <code className="audit-id">{event.targetId}</code>
      </td>
    </tr>
  );
}

/** A name; a deleted account shows as such, with the id it is recorded by. */
function Person({ name, id, gone }: { name: string; id: string; gone: boolean }) {
  if (!gone) return <span>{name}</span>;
  return (
    <span className="muted">
      {name} <code className="audit-id">{id}</code>
    </span>
  );
}
