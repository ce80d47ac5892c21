// The learner's past sessions, newest first, each reopenable.

import type { SessionDto } from '../../../server/protocol.ts';
import { useBedside } from './bedside-context.ts';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function SessionList() {
  const sessions = useBedside((s) => s.sessions);
  const scenarios = useBedside((s) => s.scenarios);
  const openSession = useBedside((s) => s.openSession);
  const sorted = [...sessions].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section aria-labelledby="sessions-title" data-testid="session-list">
      <h2 id="sessions-title">Your sessions</h2>
      {sorted.length === 0 ? (
        <p className="muted">No sessions yet. Pick a scenario to begin.</p>
      ) : (
        <ul className="session-list">
          {sorted.map((session) => (
            <li key={session.id} className="session-row">
              <span className="session-title">
                {scenarios.find((s) => s.id === session.scenarioId)?.title ?? session.scenarioId}
              </span>
              <span className="muted">
                Level {session.difficulty} · {dateFormat.format(new Date(session.createdAt))}
              </span>
              <span
                className={`status status-${statusOf(session)}`}
                data-testid={`session-status-${session.id}`}
              >
                {STATUS_LABELS[statusOf(session)]}
              </span>
              <button type="button" className="button-quiet" onClick={() => void openSession(session.id)}>
                {session.status === 'active' ? 'Resume' : 'Review'}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

type ListedStatus = 'active' | 'ended' | 'left';

/** A left session (opted out of, or ended before a word was said) shows as left: it has no score. */
function statusOf(session: SessionDto): ListedStatus {
  if (session.status === 'active') return 'active';
  return session.left ? 'left' : 'ended';
}

const STATUS_LABELS: Record<ListedStatus, string> = { active: 'Active', ended: 'Ended', left: 'Left' };
