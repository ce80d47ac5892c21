// The header: the app's name, who is signed in, and sign-out.

import { useBedside } from './bedside-context.ts';

export function AppHeader() {
  const user = useBedside((s) => s.user);
  const signOut = useBedside((s) => s.signOut);
  const pending = useBedside((s) => s.pending);
  return (
    <header className="app-header">
      <span className="brand">Bedside</span>
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
