// The header: the app's name, the way to the cohort pages for instructors and admins, who is signed in, and sign-out.

import type { View } from '../state/bedside-state.ts';
import { instructs } from '../state/cohort-state.ts';
import { useBedside } from './bedside-context.ts';

export function AppHeader() {
  const user = useBedside((s) => s.user);
  const signOut = useBedside((s) => s.signOut);
  const pending = useBedside((s) => s.pending);
  return (
    <header className="app-header">
      <span className="brand">Bedside</span>
      {instructs(user) && <InstructorNav admin={user?.role === 'admin'} />}
      {user && (
        <div className="header-user">
          <span data-testid="user-name">{user.name}</span>
          <button type="button" className="button-quiet" onClick={() => void signOut()} disabled={pending}>
            Sign out
          </button>
        </div>
      )}
    </header>
  );
}

/** Practice (the lobby), cohorts and, for admins, users; the page showing is marked as current. */
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
    </nav>
  );
}

type Section = 'practice' | 'cohorts' | 'users';

function sectionOf(view: View): Section {
  switch (view.name) {
    case 'cohorts':
    case 'cohort':
    case 'replay':
      return 'cohorts';
    case 'users':
      return 'users';
    default:
      return 'practice';
  }
}
