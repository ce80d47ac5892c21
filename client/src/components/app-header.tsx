// The header: the app's name, the ways to the learner's pages (practice, progress) and, for instructors and admins,
// to the cohort pages (and the users and audit log for admins); who is signed in with their role when it is not
// plain learner, their own data, and sign-out. Every way is a link with its page's address.

import { RouteLink } from '../routing/route-link.tsx';
import type { PageView, View } from '../state/bedside-state.ts';
import { instructs } from '../state/cohort-state.ts';
import { useBedside } from './bedside-context.ts';

export function AppHeader() {
  const user = useBedside((s) => s.user);
  const signOut = useBedside((s) => s.signOut);
  const pending = useBedside((s) => s.pending);
  const onMyData = useBedside((s) => s.view.name === 'my-data');
  return (
    <header className="app-header">
      {user ? (
        <RouteLink page={{ name: 'lobby' }} className="brand">
          Bedside
        </RouteLink>
      ) : (
        <span className="brand">Bedside</span>
      )}
      {user && <MainNav instructor={instructs(user)} admin={user.role === 'admin'} />}
      {user && (
        <div className="header-user">
          <span className="header-who">
            <span data-testid="user-name">{user.name}</span>
            {user.role !== 'learner' && (
              <span className="role-badge" data-testid="user-role">
                {user.role === 'admin' ? 'Admin' : 'Instructor'}
              </span>
            )}
          </span>
          <RouteLink
            page={{ name: 'my-data' }}
            className="button-quiet nav-link"
            aria-current={onMyData ? 'page' : undefined}
            data-testid="nav-my-data"
          >
            My data
          </RouteLink>
          <button type="button" className="button-quiet" onClick={() => void signOut()} disabled={pending}>
            Sign out
          </button>
        </div>
      )}
    </header>
  );
}

/** Practice (the lobby) and progress; cohorts for instructors; users and the audit log for admins. */
function MainNav({ instructor, admin }: { instructor: boolean; admin: boolean }) {
  const section = useBedside((s) => sectionOf(s.view));
  const link = (page: PageView, label: string, testId: string) => (
    <RouteLink
      page={page}
      className="button-quiet nav-link"
      aria-current={section === page.name ? 'page' : undefined}
      data-testid={testId}
    >
      {label}
    </RouteLink>
  );
  return (
    <nav className="header-nav" aria-label="Main">
      {link({ name: 'lobby' }, 'Practice', 'nav-practice')}
      {link({ name: 'progress' }, 'Progress', 'nav-progress')}
      {instructor && link({ name: 'cohorts' }, 'Cohorts', 'nav-cohorts')}
      {admin && link({ name: 'users' }, 'Users', 'nav-users')}
      {admin && link({ name: 'audit' }, 'Audit log', 'nav-audit')}
    </nav>
  );
}

type Section = 'lobby' | 'progress' | 'cohorts' | 'users' | 'audit';

/** The nav entry a page belongs to; none for one's own data (the header's "My data" marks it) or a lost address. */
function sectionOf(view: View): Section | null {
  switch (view.name) {
    case 'cohorts':
    case 'cohort':
    case 'replay':
      return 'cohorts';
    case 'users':
    case 'audit':
    case 'progress':
      return view.name;
    case 'my-data':
    case 'not-found':
      return null;
    default:
      return 'lobby';
  }
}
