// The header: the app's name, the way to the cohort pages for instructors and admins (and the users and audit log
// for admins), who is signed in, their own data, and sign-out.

import type { View } from '../state/bedside-state.ts';
import { instructs } from '../state/cohort-state.ts';
import { useBedside } from './bedside-context.ts';

export function AppHeader() {
  const user = useBedside((s) => s.user);
  const signOut = useBedside((s) => s.signOut);
  const pending = useBedside((s) => s.pending);
  const openMyData = useBedside((s) => s.openMyData);
  const onMyData = useBedside((s) => s.view.name === 'my-data');
  return (
    <header className="app-header">
      <span className="brand">Bedside</span>
      {instructs(user) && <InstructorNav admin={user?.role === 'admin'} />}
      {user && (
        <div className="header-user">
          <span data-testid="user-name">{user.name}</span>
          <button
            type="button"
            className="button-quiet"
            aria-current={onMyData ? 'page' : undefined}
            onClick={openMyData}
            data-testid="nav-my-data"
          >
            My data
          </button>
          <button type="button" className="button-quiet" onClick={() => void signOut()} disabled={pending}>
            Sign out
          </button>
        </div>
      )}
    </header>
  );
}

/** Practice (the lobby), cohorts and, for admins, users and the audit log; the page showing is marked as current. */
function InstructorNav({ admin }: { admin: boolean }) {
  const view = useBedside((s) => s.view);
  const backToLobby = useBedside((s) => s.backToLobby);
  const open = useBedside((s) => s.openInstructorPage);
  const section = sectionOf(view);
  const current = (name: Section) => (section === name ? 'page' : undefined);
  return (
    <nav className="header-nav" aria-label="Main">
      <button
        type="button"
        className="button-quiet"
        aria-current={current('practice')}
        onClick={() => void backToLobby()}
      >
        Practice
      </button>
      <button
        type="button"
        className="button-quiet"
        aria-current={current('cohorts')}
        onClick={() => open({ name: 'cohorts' })}
        data-testid="nav-cohorts"
      >
        Cohorts
      </button>
      {admin && (
        <button
          type="button"
          className="button-quiet"
          aria-current={current('users')}
          onClick={() => open({ name: 'users' })}
          data-testid="nav-users"
        >
          Users
        </button>
      )}
      {admin && (
        <button
          type="button"
          className="button-quiet"
          aria-current={current('audit')}
          onClick={() => open({ name: 'audit' })}
          data-testid="nav-audit"
        >
          Audit log
        </button>
      )}
    </nav>
  );
}

type Section = 'practice' | 'cohorts' | 'users' | 'audit';

/** The section of the nav a page belongs to; none for one's own data (the header's "My data" marks it). */
function sectionOf(view: View): Section | null {
  switch (view.name) {
    case 'cohorts':
    case 'cohort':
    case 'replay':
      return 'cohorts';
    case 'users':
      return 'users';
    case 'audit':
      return 'audit';
    case 'my-data':
      return null;
    default:
      return 'practice';
  }
}
