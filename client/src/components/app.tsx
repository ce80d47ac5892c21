// The page frame: header, message banner and whichever page the store's view names.

import type { View } from '../state/bedside-state.ts';
import { AppHeader } from './app-header.tsx';
import { AuthPage } from './auth-page.tsx';
import { useBedside } from './bedside-context.ts';
import { ConversationPage } from './conversation-page.tsx';
import { EndedPage } from './ended-page.tsx';
import { LobbyPage } from './lobby-page.tsx';
import { PrebriefPage } from './prebrief-page.tsx';
import { StatusBanner } from './status-banner.tsx';

export function App() {
  const view = useBedside((s) => s.view);
  return (
    <>
      <AppHeader />
      <main className="page" data-testid={`page-${view.name}`}>
        <StatusBanner />
        {renderView(view)}
      </main>
    </>
  );
}

function renderView(view: View) {
  switch (view.name) {
    case 'starting':
      return <p className="muted">Loading…</p>;
    case 'auth':
      return <AuthPage mode={view.mode} />;
    case 'lobby':
      return <LobbyPage />;
    case 'prebrief':
      return <PrebriefPage scenarioId={view.scenarioId} difficulty={view.difficulty} />;
    case 'conversation':
      return <ConversationPage />;
    case 'ended':
      return <EndedPage />;
  }
}
